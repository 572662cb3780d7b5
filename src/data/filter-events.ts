import type { Actor } from './place-schema';
import type { EventFeature } from './event-schema';
import type { Category, Thread } from './vocabulary';

export interface EventFilters {
  categories: readonly Category[];
  threads: readonly Thread[];
  search: string;
  timeWindow: { start: string; end: string } | null;
}

/** Case-, accent- and apostrophe-blind, so "kataib" finds "Kata'ib" and "golzar" finds "Golzār". */
export function normalizeForSearch(text: string): string {
  return text
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

/** Ids of events whose title, place or actors contain every word of the query; null when there is no query. */
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

export function inTimeWindow(event: EventFeature, window: EventFilters['timeWindow']): boolean {
  if (!window) return true;
  const start = event.properties.date;
  const end = event.properties.endDate ?? start;
  return end >= window.start && start <= window.end;
}

export function filterEvents(
  events: readonly EventFeature[],
  actors: readonly Actor[],
  filters: EventFilters,
): EventFeature[] {
  const matches = matchSearch(events, actors, filters.search);
  return events.filter(
    (event) =>
      (!filters.categories.length || filters.categories.includes(event.properties.category)) &&
      (!filters.threads.length || filters.threads.includes(event.properties.thread)) &&
      (!matches || matches.has(event.id)) &&
      inTimeWindow(event, filters.timeWindow),
  );
}

export interface FacetCounts {
  byCategory: Map<Category, number>;
  byThread: Map<Thread, number>;
  /** Categories that occur in the dataset at all, whatever the filters. */
  present: Set<Category>;
}

/**
 * "How many would I see if I ticked this?": each facet counted with every other filter applied but its own,
 * in one pass over the events (a brush drag over 100k events recounts on every move).
 */
export function facetCounts(
  events: readonly EventFeature[],
  actors: readonly Actor[],
  filters: EventFilters,
): FacetCounts {
  const matches = matchSearch(events, actors, filters.search);
  const counts: FacetCounts = { byCategory: new Map(), byThread: new Map(), present: new Set() };
  for (const event of events) {
    const { category, thread } = event.properties;
    counts.present.add(category);
    if ((matches && !matches.has(event.id)) || !inTimeWindow(event, filters.timeWindow)) continue;
    if (!filters.threads.length || filters.threads.includes(thread))
      counts.byCategory.set(category, (counts.byCategory.get(category) ?? 0) + 1);
    if (!filters.categories.length || filters.categories.includes(category))
      counts.byThread.set(thread, (counts.byThread.get(thread) ?? 0) + 1);
  }
  return counts;
}
