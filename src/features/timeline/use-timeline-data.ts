import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EventFeature } from '../../data/event-schema';
import { filterEvents } from '../../data/filter-events';
import { buildBrokenTimeScale, type BrokenTimeScale } from '../../lib/broken-time-scale';
import { dayNumber } from '../../lib/dates';
import { useAtlasStore, type AtlasState } from '../../store/atlas-store';
import { useValueAfterMap } from '../../lib/use-value-after-map';
import { useActors, useEventDrawing, useEventsQuery } from '../../data/use-dataset';

const EMPTY: EventFeature[] = [];

const selectFiltersButTime = (state: AtlasState) => ({
  categories: state.categories,
  threads: state.threads,
  search: state.search,
});

export interface TimelineData {
  scale: BrokenTimeScale;
  /** Unsorted: 100k would cost a sort per filter. */
  events: EventFeature[];
  days: string[];
  drawGlyphs: boolean;
}

/** The axis spans the whole dataset, so it does not jump when a filter hides a category. */
export function useTimelineData(width: number): TimelineData | null {
  const all = useEventsQuery().data?.features ?? EMPTY;
  const actors = useActors();
  const drawing = useEventDrawing();
  // A filter reaches the map first; the strip follows when the main thread is free.
  const filters = useValueAfterMap(useAtlasStore(useShallow(selectFiltersButTime)));
  const spans = useMemo(
    () =>
      all.map((event) => {
        const start = dayNumber(event.properties.date);
        const end = event.properties.endDate ? dayNumber(event.properties.endDate) : start;
        return [start, end] as const;
      }),
    [all],
  );
  const scale = useMemo(() => buildBrokenTimeScale(spans, { width }), [spans, width]);
  const events = useMemo(
    () => filterEvents(all, actors, { ...filters, timeWindow: null }),
    [all, actors, filters],
  );
  const days = useMemo(() => [...new Set(events.map((event) => event.properties.date))].sort(), [events]);
  return all.length ? { scale, events, days, drawGlyphs: drawing === 'shapes' } : null;
}
