import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EventFeature } from './event-schema';
import { filterEvents } from './filter-events';
import { useActors, useDatasetIndex } from './use-dataset';
import { useValueAfterMap } from '../lib/use-value-after-map';
import { useAtlasStore } from '../store/atlas-store';
import { selectEventFilters } from '../store/selectors';

const EMPTY: readonly EventFeature[] = [];
const VisibleEvents = createContext<readonly EventFeature[] | null>(null);

/**
 * The list, the export, the static map and the empty-view hint show the same events: filtered once here, not
 * once each. Deferred: the map filters at once, and a brush drag over 100k events never waits on lists.
 */
export function VisibleEventsProvider({ children }: { children: ReactNode }) {
  const index = useDatasetIndex();
  const actors = useActors();
  const filters = useValueAfterMap(useAtlasStore(useShallow(selectEventFilters)));
  const visible = useMemo(() => (index ? filterEvents(index, actors, filters) : EMPTY), [index, actors, filters]);
  return <VisibleEvents.Provider value={visible}>{children}</VisibleEvents.Provider>;
}

/** In story order. */
export function useVisibleEvents(): readonly EventFeature[] {
  const visible = useContext(VisibleEvents);
  if (!visible) throw new Error('useVisibleEvents is read inside a VisibleEventsProvider (AppProviders has one).');
  return visible;
}
