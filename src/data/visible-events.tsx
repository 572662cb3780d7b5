import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EventFeature } from './event-schema';
import { filterEvents } from './filter-events';
import { useActors, useEventsQuery } from './use-dataset';
import { useValueAfterMap } from '../lib/use-value-after-map';
import { useAtlasStore } from '../store/atlas-store';
import { selectEventFilters } from '../store/selectors';

/** One snapshot: a panel reading the query itself can be a render ahead of these, and say "0 of 65". */
interface Visible {
  events: readonly EventFeature[];
  total: number;
  /** The events file is on its way (not when it failed, nor when no request is running). */
  loading: boolean;
}

const NOTHING: readonly EventFeature[] = [];
const VisibleEvents = createContext<Visible | null>(null);

/**
 * The list, the export, the static map and the empty-view hint show the same events: filtered once here, not
 * once each. Deferred: the map filters at once, and a brush drag over 100k events never waits on lists.
 */
export function VisibleEventsProvider({ children }: { children: ReactNode }) {
  const query = useEventsQuery();
  const index = query.data?.index;
  const loading = query.isPending && query.fetchStatus !== 'idle';
  const actors = useActors();
  const filters = useValueAfterMap(useAtlasStore(useShallow(selectEventFilters)));
  const visible = useMemo(
    () => ({
      events: index ? filterEvents(index, actors, filters) : NOTHING,
      total: index?.events.length ?? 0,
      loading,
    }),
    [index, actors, filters, loading],
  );
  return <VisibleEvents.Provider value={visible}>{children}</VisibleEvents.Provider>;
}

function useVisible(): Visible {
  const visible = useContext(VisibleEvents);
  if (!visible) throw new Error('useVisibleEvents is read inside a VisibleEventsProvider (AppProviders has one).');
  return visible;
}

/** In story order. */
export function useVisibleEvents(): readonly EventFeature[] {
  return useVisible().events;
}

/** How many events the visible ones were filtered from. */
export function useVisibleOutOf(): number {
  return useVisible().total;
}

export function useEventsLoading(): boolean {
  return useVisible().loading;
}
