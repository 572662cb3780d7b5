import { section } from 'virtual:atlas-catalogue-section/map-overlays';
import { use } from 'react';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import type { MapHandle } from '../create-map';
import { MapLegend } from '../legend/MapLegend';
import { EmptyViewHint } from './EmptyViewHint';
import './map-overlays.css';

// Their words travel with this chunk, not the first bundle (docs/I18N.md).
const messagesLoaded = addCatalogueSection(section);

/** Phones keep the map clear: the legend is one tap away there. */
const NARROW = '(max-width: 600px)';

export type LegendPreset = 'auto' | 'open' | 'closed';

export interface MapOverlaysProps {
  handle: MapHandle;
  legend: LegendPreset;
  filterHints: boolean;
}

/** What the map draws over itself once it is there: its legend, and the hint when a filter leaves it empty. */
export function MapOverlays({ handle, legend, filterHints }: MapOverlaysProps) {
  use(messagesLoaded);
  const theme = useEffectiveTheme();
  const open = legend === 'auto' ? !(window.matchMedia?.(NARROW).matches ?? false) : legend === 'open';
  return (
    <>
      <MapLegend handle={handle} theme={theme} defaultOpen={open} />
      {filterHints && <EmptyViewHint handle={handle} />}
    </>
  );
}
