import { FAMILY_OF, type Family } from '../../data/category-families';
import type { EventFeature } from '../../data/event-schema';
import { byStoryOrder } from '../../data/sort-events';
import type { BrokenTimeScale } from '../../lib/broken-time-scale';
import { dayNumber } from '../../lib/dates';
import { GLYPH, GLYPHS_BOTTOM, GLYPHS_HEIGHT } from './geometry';

export interface TimelineGlyph {
  id: string;
  family: Family;
  x: number;
  xEnd: number;
  y: number;
}

/** A simple beeswarm, squeezed when rows run out, so same-day events stay separately hoverable. */
export function placeGlyphs(events: readonly EventFeature[], scale: BrokenTimeScale): TimelineGlyph[] {
  const rowsRight: number[] = [];
  const placed = [...events].sort(byStoryOrder).map((event) => {
    const start = dayNumber(event.properties.date);
    const end = event.properties.endDate ? dayNumber(event.properties.endDate) : start;
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
