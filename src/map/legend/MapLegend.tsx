import { useEffect, useState } from 'react';
import type { MapHandle } from '../create-map';
import type { Theme } from '../style/palette';
import { legendEntries, type LegendContent } from './legend-entries';
import { LegendBox, type LegendPreset } from './LegendBox';

interface MapLegendProps {
  handle: MapHandle;
  theme: Theme;
  preset: LegendPreset;
}

export function MapLegend({ handle, theme, preset }: MapLegendProps) {
  const [content, setContent] = useState<LegendContent | null>(null);
  useEffect(() => handle.watchLegend(setContent), [handle]);
  return <LegendBox entries={content ? legendEntries(content, theme) : []} preset={preset} />;
}
