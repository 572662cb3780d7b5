import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { drawingFor, type EventDrawing } from './crowd';
import type { EventFeature } from './event-schema';
import { eventsById } from './events-by-id';
import { filterEvents } from './filter-events';
import type { Actor } from './place-schema';
import { actorsQuery, eventsQuery } from './queries';
import { byStoryOrder } from './sort-events';
import { useAtlasStore } from '../store/atlas-store';
import { useValueAfterMap } from '../lib/use-value-after-map';
import { selectEventFilters } from '../store/selectors';

const selectDataPath = (state: { dataPath: string | null }) => state.dataPath ?? undefined;

export function useEventsQuery() {
  return useQuery(eventsQuery(useAtlasStore(selectDataPath)));
}

/** Map, legend, list, timeline and static map agree on it. */
export function useEventDrawing(): EventDrawing {
  return drawingFor(useEventsQuery().data?.features.length ?? 0);
}

export function useActors() {
  return useQuery(actorsQuery()).data ?? EMPTY;
}

const EMPTY: never[] = [];

type Filters = ReturnType<typeof selectEventFilters>;

/** Sorting once per dataset (filtering keeps the order) saves a 100k-element sort on every brush move. */
const sortedOnce = new WeakMap<readonly EventFeature[], EventFeature[]>();
let lastVisible: {
  events: readonly EventFeature[];
  actors: readonly Actor[];
  filters: Filters;
  result: EventFeature[];
} | null = null;

/** Every panel asks for the same visible list; the last answer is shared. */
function visibleEvents(
  events: readonly EventFeature[],
  actors: readonly Actor[],
  filters: Filters,
): EventFeature[] {
  const last = lastVisible;
  if (last && last.events === events && last.actors === actors && shallowEqual(last.filters, filters))
    return last.result;
  let sorted = sortedOnce.get(events);
  if (!sorted) {
    sorted = [...events].sort(byStoryOrder);
    sortedOnce.set(events, sorted);
  }
  const result = filterEvents(sorted, actors, filters);
  lastVisible = { events, actors, filters, result };
  return result;
}

const shallowEqual = (a: Filters, b: Filters) =>
  (Object.keys(a) as (keyof Filters)[]).every((key) => a[key] === b[key]);

/** Deferred: the map filters at once, and a brush drag over 100k events never waits on lists. */
export function useVisibleEvents() {
  const events = useEventsQuery().data?.features ?? EMPTY;
  const actors = useActors();
  const filters = useValueAfterMap(useAtlasStore(useShallow(selectEventFilters)));
  return useMemo(() => visibleEvents(events, actors, filters), [events, actors, filters]);
}

export function useEventById(id: string | null) {
  const events = useEventsQuery().data?.features;
  return useMemo(() => (id && events ? eventsById(events).get(id) : undefined), [events, id]);
}
