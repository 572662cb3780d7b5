import { useEffect, useState } from 'react';
import type { MapHandle } from '../create-map';
import type { Theme } from '../style/palette';
import { legendEntries, type LegendContent } from './legend-entries';
import { LegendBox } from './LegendBox';

interface MapLegendProps {
  handle: MapHandle;
  theme: Theme;
  defaultOpen: boolean;
}

/** The legend of what the map draws now, read each time the map settles. */
export function MapLegend({ handle, theme, defaultOpen }: MapLegendProps) {
  const [content, setContent] = useState<LegendContent | null>(null);
  useEffect(() => handle.watchLegend(setContent), [handle]);
  return <LegendBox entries={content ? legendEntries(content, theme) : []} defaultOpen={defaultOpen} />;
}
