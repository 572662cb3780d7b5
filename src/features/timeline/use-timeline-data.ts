import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { filterPositions } from '../../data/filter-events';
import { buildBrokenTimeScale, type BrokenTimeScale } from '../../lib/broken-time-scale';
import { useAtlasStore, type AtlasState } from '../../store/atlas-store';
import { useValueAfterMap } from '../../lib/use-value-after-map';
import { useActors, useDatasetIndex, useEventDrawing } from '../../data/use-dataset';
import { shownAt, type ShownEvents } from './shown-events';

const selectFiltersButTime = (state: AtlasState) => ({
  categories: state.categories,
  threads: state.threads,
  search: state.search,
});

export interface TimelineData {
  scale: BrokenTimeScale;
  shown: ShownEvents;
  /** Each date with a shown event, in order. */
  days: string[];
  drawGlyphs: boolean;
}

/** The axis spans the whole dataset, so it does not jump when a filter hides a category. */
export function useTimelineData(width: number): TimelineData | null {
  const index = useDatasetIndex();
  const actors = useActors();
  const drawing = useEventDrawing();
  // A filter reaches the map first; the strip follows when the main thread is free.
  const filters = useValueAfterMap(useAtlasStore(useShallow(selectFiltersButTime)));
  const scale = useMemo(() => buildBrokenTimeScale(index?.daySpans ?? [], { width }), [index, width]);
  const shown = useMemo(
    () => index && shownAt(index, filterPositions(index, actors, { ...filters, timeWindow: null })),
    [index, actors, filters],
  );
  const days = useMemo(() => {
    const dates = (shown?.events ?? []).map((event) => event.properties.date);
    return dates.filter((date, i) => date !== dates[i - 1]);
  }, [shown]);
  return index?.events.length && shown ? { scale, shown, days, drawGlyphs: drawing === 'shapes' } : null;
}
