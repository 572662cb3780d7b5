import { section } from 'virtual:atlas-catalogue-section/map-overlays';
import { use } from 'react';
import type { Family } from '../../data/category-families';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import { LegendBox } from '../../map/legend/LegendBox';
import { staticLegendEntries } from '../../map/legend/legend-entries';
import type { Theme } from '../../map/style/palette';

const messagesLoaded = addCatalogueSection(section);

interface StaticMapLegendProps {
  families: readonly Family[];
  selection: boolean;
  theme: Theme;
}

export function StaticMapLegend({ families, selection, theme }: StaticMapLegendProps) {
  use(messagesLoaded);
  return <LegendBox entries={staticLegendEntries(families, selection, theme)} preset="auto" />;
}
