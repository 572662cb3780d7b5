import { useQuery } from '@tanstack/react-query';
import { drawingFor, type EventDrawing } from './crowd';
import type { DatasetIndex } from './dataset-index';
import { actorsQuery, eventsQuery } from './queries';
import { useAtlasStore } from '../store/atlas-store';

const selectDataPath = (state: { dataPath: string | null }) => state.dataPath ?? undefined;

export function useEventsQuery() {
  return useQuery(eventsQuery(useAtlasStore(selectDataPath)));
}

/** Undefined until the dataset has loaded (or when it failed). */
export function useDatasetIndex(): DatasetIndex | undefined {
  return useEventsQuery().data?.index;
}

/** Map, legend, list, timeline and static map agree on it. */
export function useEventDrawing(): EventDrawing {
  return drawingFor(useEventsQuery().data?.features.length ?? 0);
}

export function useActors() {
  return useQuery(actorsQuery()).data ?? EMPTY;
}

const EMPTY: never[] = [];

export function useEventById(id: string | null) {
  const index = useDatasetIndex();
  return id ? index?.byId.get(id) : undefined;
}
