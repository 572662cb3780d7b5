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

import type { LegendPreset } from '../legend/LegendBox';

export type { LegendPreset };

export interface MapOverlaysProps {
  handle: MapHandle;
  legend: LegendPreset;
  filterHints: boolean;
}

/** What the map draws over itself once it is there: its legend, and the hint when a filter leaves it empty. */
export function MapOverlays({ handle, legend, filterHints }: MapOverlaysProps) {
  use(messagesLoaded);
  const theme = useEffectiveTheme();
  return (
    <>
      <MapLegend handle={handle} theme={theme} preset={legend} />
      {filterHints && <EmptyViewHint handle={handle} />}
    </>
  );
}
