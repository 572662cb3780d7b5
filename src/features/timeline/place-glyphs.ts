import { FAMILY_OF, type Family } from '../../data/category-families';
import type { BrokenTimeScale } from '../../lib/broken-time-scale';
import { GLYPH, GLYPHS_BOTTOM, GLYPHS_HEIGHT } from './geometry';
import type { ShownEvents } from './shown-events';

export interface TimelineGlyph {
  id: string;
  family: Family;
  x: number;
  xEnd: number;
  y: number;
}

/** A simple beeswarm, squeezed when rows run out, so same-day events stay separately hoverable. */
export function placeGlyphs(
  { events, startDay, endDay }: ShownEvents,
  scale: BrokenTimeScale,
): TimelineGlyph[] {
  const rowsRight: number[] = [];
  const placed = events.map((event, i) => {
    const start = startDay[i]!;
    const end = endDay[i]!;
    const x = scale.x(start + 0.5);
    const xEnd = end > start ? scale.x(end + 0.5) : x;
    let row = rowsRight.findIndex((right) => right + 1 <= x - GLYPH / 2);
    if (row < 0) row = rowsRight.push(-Infinity) - 1;
    rowsRight[row] = Math.max(x, xEnd) + GLYPH / 2;
    return { id: event.id, family: FAMILY_OF[event.properties.category], x, xEnd, row };
  });
  const rowHeight = Math.min(GLYPH + 1, (GLYPHS_HEIGHT - GLYPH) / Math.max(1, rowsRight.length - 1));
  return placed.map(({ row, ...glyph }) => ({ ...glyph, y: GLYPHS_BOTTOM - GLYPH / 2 - row * rowHeight }));
}
