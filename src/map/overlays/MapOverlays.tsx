import { section } from 'virtual:atlas-catalogue-section/map-overlays';
import { use } from 'react';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import type { MapHandle } from '../create-map';
import { MapLegend } from '../legend/MapLegend';
import { EmptyViewHint } from './EmptyViewHint';
import './map-overlays.css';

const messagesLoaded = addCatalogueSection(section);

import type { LegendPreset } from '../legend/LegendBox';

export type { LegendPreset };

export interface MapOverlaysProps {
  handle: MapHandle;
  legend: LegendPreset;
  filterHints: boolean;
}

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
