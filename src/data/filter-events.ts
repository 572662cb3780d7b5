import type { Actor } from './place-schema';
import type { EventFeature } from './event-schema';
import { dayNumber } from '../lib/dates';
import { allowedMask, categoryAt, columnsOf, threadAt } from './event-columns';
import { CATEGORIES, THREADS, type Category, type Thread } from './vocabulary';

export interface EventFilters {
  categories: readonly Category[];
  threads: readonly Thread[];
  search: string;
  timeWindow: { start: string; end: string } | null;
}

/**
 * "kataib" finds "Kata'ib", "golzar" finds "Golzār"; format characters (Unicode Cf) that PDFs and CMSs carry
 * unseen are ignored.
 */
export function normalizeForSearch(text: string): string {
  return text
    .replace(/\p{Cf}/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼ`‘-]/g, '')
    .toLowerCase();
}

function searchableText(event: EventFeature, actorsById: ReadonlyMap<string, Actor>): string {
  const p = event.properties;
  const actorNames = (p.actors ?? []).flatMap((id) => {
    const actor = actorsById.get(id);
    return actor ? [actor.name, ...(actor.aliases ?? [])] : [id];
  });
  return normalizeForSearch(
    [p.title, p.place, p.perpetrator, p.claimedBy, p.attributedTo, p.target, ...actorNames].filter(Boolean).join(' '),
  );
}

export function matchSearch(
  events: readonly EventFeature[],
  actors: readonly Actor[],
  query: string,
): Set<string> | null {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
  return new Set(
    events.filter((event) => words.every((word) => searchableText(event, actorsById).includes(word))).map((e) => e.id),
  );
}

/** An event that spans days is in the window if any of its days are. */
function compileFilters(events: readonly EventFeature[], actors: readonly Actor[], filters: EventFilters) {
  const { timeWindow } = filters;
  return {
    ...columnsOf(events),
    matches: matchSearch(events, actors, filters.search),
    categories: allowedMask(CATEGORIES, filters.categories),
    threads: allowedMask(THREADS, filters.threads),
    first: timeWindow ? dayNumber(timeWindow.start) : -Infinity,
    last: timeWindow ? dayNumber(timeWindow.end) : Infinity,
  };
}

export function filterEvents(
  events: readonly EventFeature[],
  actors: readonly Actor[],
  filters: EventFilters,
): EventFeature[] {
  const { startDay, endDay, category, thread, matches, categories, threads, first, last } = compileFilters(
    events,
    actors,
    filters,
  );
  const kept: EventFeature[] = [];
  for (let i = 0; i < events.length; i += 1) {
    if (categories && !categories[category[i]!]) continue;
    if (threads && !threads[thread[i]!]) continue;
    if (endDay[i]! < first || startDay[i]! > last) continue;
    const event = events[i]!;
    if (matches && !matches.has(event.id)) continue;
    kept.push(event);
  }
  return kept;
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
export function facetCounts(
  events: readonly EventFeature[],
  actors: readonly Actor[],
  filters: EventFilters,
): FacetCounts {
  const { startDay, endDay, category, thread, matches, categories, threads, first, last } = compileFilters(
    events,
    actors,
    filters,
  );
  const byCategory = new Uint32Array(CATEGORIES.length);
  const byThread = new Uint32Array(THREADS.length);
  const present = new Uint8Array(CATEGORIES.length);
  for (let i = 0; i < events.length; i += 1) {
    const c = category[i]!;
    const t = thread[i]!;
    present[c] = 1;
    if (endDay[i]! < first || startDay[i]! > last) continue;
    if (matches && !matches.has(events[i]!.id)) continue;
    if (!threads || threads[t]) byCategory[c] = byCategory[c]! + 1;
    if (!categories || categories[c]) byThread[t] = byThread[t]! + 1;
  }
  const counts: FacetCounts = { byCategory: new Map(), byThread: new Map(), present: new Set() };
  byCategory.forEach((count, index) => count && counts.byCategory.set(categoryAt(index), count));
  byThread.forEach((count, index) => count && counts.byThread.set(threadAt(index), count));
  present.forEach((seen, index) => seen && counts.present.add(categoryAt(index)));
  return counts;
}
