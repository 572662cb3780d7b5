import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useAtlasStore, type AtlasState } from '../../store/atlas-store';
import type { CameraRequest } from '../../store/camera-slice';
import type { MapEventFilters } from '../layers/event-filter';
import { SELECTED_EVENT_POINT, selectedPointFilter } from '../layers/event-points';
import { MEASURE_SOURCE, measureFeatures } from '../layers/measure';
import { applyEventFilters } from './apply-filters';
import { moveEventState } from './feature-states';
import { downloadMapSnapshot } from '../snapshot';

export interface StoreBridgeOptions {
  /** Ids matching the text search; the map cannot search text itself. */
  matchingIds(search: string): readonly string[] | null;
  moveCamera(request: CameraRequest): void;
}

function mapFilters(state: AtlasState, options: StoreBridgeOptions): MapEventFilters {
  return {
    categories: state.categories,
    threads: state.threads,
    timeWindow: state.timeWindow,
    matchingIds: options.matchingIds(state.search),
  };
}

/**
 * Drives the map from the store without React: each change becomes a feature-state or a layer filter, so a
 * hover or a brush drag never re-renders a component or re-uploads data.
 */
export function connectStore(
  map: MapLibreMap,
  options: StoreBridgeOptions,
): { refresh(): void; disconnect(): void } {
  const refresh = () => {
    const state = useAtlasStore.getState();
    applyEventFilters(map, mapFilters(state, options), state.selectedId !== null);
    moveEventState(map, 'selected', null, state.selectedId);
    moveEventState(map, 'hover', null, state.hoveredId);
    map.setFilter(SELECTED_EVENT_POINT, selectedPointFilter(state.selectedId));
  };

  const unsubscribe = useAtlasStore.subscribe((state, previous) => {
    if (
      state.categories !== previous.categories ||
      state.threads !== previous.threads ||
      state.timeWindow !== previous.timeWindow ||
      state.search !== previous.search ||
      (state.selectedId === null) !== (previous.selectedId === null)
    ) {
      applyEventFilters(map, mapFilters(state, options), state.selectedId !== null);
    }
    moveEventState(map, 'selected', previous.selectedId, state.selectedId);
    moveEventState(map, 'hover', previous.hoveredId, state.hoveredId);
    if (state.selectedId !== previous.selectedId && map.getLayer(SELECTED_EVENT_POINT)) {
      map.setFilter(SELECTED_EVENT_POINT, selectedPointFilter(state.selectedId));
    }
    if (state.showProxyNetwork !== previous.showProxyNetwork && map.getLayer('proxy-tint')) {
      map.setLayoutProperty('proxy-tint', 'visibility', state.showProxyNetwork ? 'visible' : 'none');
    }
    if (state.snapshotRequest !== previous.snapshotRequest) void downloadMapSnapshot(map);
    if (state.measurePoints !== previous.measurePoints) {
      map.getSource<GeoJSONSource>(MEASURE_SOURCE)?.setData(measureFeatures(state.measurePoints));
    }
    if (state.measuring !== previous.measuring) {
      map.getCanvasContainer().classList.toggle('is-measuring', state.measuring);
    }
    if (state.cameraRequest && state.cameraRequest !== previous.cameraRequest) {
      options.moveCamera(state.cameraRequest);
    }
  });

  return { refresh, disconnect: unsubscribe };
}
