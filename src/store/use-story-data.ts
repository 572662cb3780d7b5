import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { filterEvents } from '../data/filter-events';
import { actorsQuery, eventsQuery } from '../data/queries';
import { byStoryOrder } from '../data/sort-events';
import { useAtlasStore } from './atlas-store';
import { selectEventFilters } from './selectors';

const selectDataPath = (state: { dataPath: string | null }) => state.dataPath ?? undefined;

/** The events query for the dataset the link names (or the bundled one). Server data stays in TanStack Query. */
export function useEventsQuery() {
  return useQuery(eventsQuery(useAtlasStore(selectDataPath)));
}

export function useActors() {
  return useQuery(actorsQuery()).data ?? EMPTY;
}

const EMPTY: never[] = [];

/** Events that pass the reader's filters, in story order; derived on read, never stored. */
export function useVisibleEvents() {
  const events = useEventsQuery().data?.features ?? EMPTY;
  const actors = useActors();
  const filters = useAtlasStore(useShallow(selectEventFilters));
  return useMemo(() => filterEvents(events, actors, filters).sort(byStoryOrder), [events, actors, filters]);
}

export function useEventById(id: string | null) {
  const events = useEventsQuery().data?.features;
  return useMemo(() => (id ? events?.find((event) => event.id === id) : undefined), [events, id]);
}
