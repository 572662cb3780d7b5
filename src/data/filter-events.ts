import type { Actor } from './place-schema';
import type { EventFeature } from './event-schema';
import type { DatasetIndex } from './dataset-index';
import { dayNumber } from '../lib/dates';
import { allowedMask, categoryAt, threadAt } from './event-columns';
import { matchSearch } from './search-text';
import { CATEGORIES, THREADS, type Category, type Thread } from './vocabulary';

export interface EventFilters {
  categories: readonly Category[];
  threads: readonly Thread[];
  search: string;
  timeWindow: { start: string; end: string } | null;
}

/** An event that spans days is in the window if any of its days are. */
function compileFilters(index: DatasetIndex, actors: readonly Actor[], filters: EventFilters) {
  const { timeWindow } = filters;
  return {
    ...index.columns,
    matches: matchSearch(index, actors, filters.search),
    categories: allowedMask(CATEGORIES, filters.categories),
    threads: allowedMask(THREADS, filters.threads),
    first: timeWindow ? dayNumber(timeWindow.start) : -Infinity,
    last: timeWindow ? dayNumber(timeWindow.end) : Infinity,
  };
}

/** Positions in the index, so in story order. */
export function filterPositions(index: DatasetIndex, actors: readonly Actor[], filters: EventFilters): Uint32Array {
  const { startDay, endDay, category, thread, matches, categories, threads, first, last } = compileFilters(
    index,
    actors,
    filters,
  );
  const kept = new Uint32Array(index.events.length);
  let count = 0;
  for (let i = 0; i < kept.length; i += 1) {
    if (categories && !categories[category[i]!]) continue;
    if (threads && !threads[thread[i]!]) continue;
    if (endDay[i]! < first || startDay[i]! > last) continue;
    if (matches && !matches[i]) continue;
    kept[count++] = i;
  }
  return kept.subarray(0, count);
}

export function filterEvents(
  index: DatasetIndex,
  actors: readonly Actor[],
  filters: EventFilters,
): EventFeature[] {
  return Array.from(filterPositions(index, actors, filters), (i) => index.events[i]!);
}

export interface FacetCounts {
  byCategory: Map<Category, number>;
  byThread: Map<Thread, number>;
  present: Set<Category>;
}

/**
 * Each facet counted with every filter but its own, in one pass (a brush drag over 100k events recounts on
 * every move).
 */
export function facetCounts(index: DatasetIndex, actors: readonly Actor[], filters: EventFilters): FacetCounts {
  const { startDay, endDay, category, thread, matches, categories, threads, first, last } = compileFilters(
    index,
    actors,
    filters,
  );
  const byCategory = new Uint32Array(CATEGORIES.length);
  const byThread = new Uint32Array(THREADS.length);
  const present = new Uint8Array(CATEGORIES.length);
  for (let i = 0; i < category.length; i += 1) {
    const c = category[i]!;
    const t = thread[i]!;
    present[c] = 1;
    if (endDay[i]! < first || startDay[i]! > last) continue;
    if (matches && !matches[i]) continue;
    if (!threads || threads[t]) byCategory[c] = byCategory[c]! + 1;
    if (!categories || categories[c]) byThread[t] = byThread[t]! + 1;
  }
  const counts: FacetCounts = { byCategory: new Map(), byThread: new Map(), present: new Set() };
  byCategory.forEach((count, index) => count && counts.byCategory.set(categoryAt(index), count));
  byThread.forEach((count, index) => count && counts.byThread.set(threadAt(index), count));
  present.forEach((seen, index) => seen && counts.present.add(categoryAt(index)));
  return counts;
}
