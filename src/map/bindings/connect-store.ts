import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { EventDrawing } from '../../data/crowd';
import { useAtlasStore, type AtlasState } from '../../store/atlas-store';
import type { CameraRequest } from '../../store/camera-slice';
import type { MapEventFilters } from '../layers/event-filter';
import { focusFeatures, type FocusTarget } from '../layers/event-focus';
import { LAYER, SOURCE } from '../layers/ids';
import { measureFeatures } from '../layers/measure';
import { applyEventFilters } from './apply-filters';
import { moveEventState } from './feature-states';
import { downloadMapSnapshot, type SnapshotCaption } from '../snapshot';

export interface StoreBridgeOptions {
  /** The map cannot search text itself. */
  matchingIds(search: string): readonly string[] | null;
  focusTargetOf(id: string): FocusTarget | null;
  moveCamera(request: CameraRequest): void;
  caption(): SnapshotCaption;
}

function mapFilters(state: AtlasState, options: StoreBridgeOptions): MapEventFilters {
  return {
    categories: state.categories,
    threads: state.threads,
    timeWindow: state.timeWindow,
    matchingIds: options.matchingIds(state.search),
  };
}

/** Without React, so a hover or a brush drag never re-renders a component or re-uploads data. */
export function connectStore(
  map: MapLibreMap,
  options: StoreBridgeOptions,
): { refresh(): void; setDrawing(drawing: EventDrawing): void; disconnect(): void } {
  let drawing: EventDrawing = 'shapes';
  const showFocus = (state: AtlasState) =>
    map
      .getSource<GeoJSONSource>(SOURCE.eventFocus)
      ?.setData(focusFeatures(state.selectedId, state.hoveredId, options.focusTargetOf));
  const refresh = () => {
    const state = useAtlasStore.getState();
    applyEventFilters(map, mapFilters(state, options), state.selectedId !== null, drawing);
    moveEventState(map, 'selected', null, state.selectedId);
    moveEventState(map, 'hover', null, state.hoveredId);
    showFocus(state);
  };

  // MapLibre hands a filter to its worker only when it next draws: drawing now lets the worker start while
  // React updates the panels (npm run bench: filter → idle), at most once per 50 ms.
  let lastDraw = 0;
  const onRender = () => (lastDraw = performance.now());
  map.on('render', onRender);
  const drawSoon = () => {
    if (performance.now() - lastDraw > 50) map.redraw();
  };

  const unsubscribe = useAtlasStore.subscribe((state, previous) => {
    // While the graphics context is lost MapLibre has no style; the refresh after its return catches up.
    if (!(map.style as typeof map.style | null)) return;
    if (
      state.categories !== previous.categories ||
      state.threads !== previous.threads ||
      state.timeWindow !== previous.timeWindow ||
      state.search !== previous.search ||
      (state.selectedId === null) !== (previous.selectedId === null)
    ) {
      applyEventFilters(map, mapFilters(state, options), state.selectedId !== null, drawing);
      drawSoon();
    }
    moveEventState(map, 'selected', previous.selectedId, state.selectedId);
    moveEventState(map, 'hover', previous.hoveredId, state.hoveredId);
    if (state.selectedId !== previous.selectedId || state.hoveredId !== previous.hoveredId) showFocus(state);
    if (state.showProxyNetwork !== previous.showProxyNetwork && map.getLayer(LAYER.proxyTint)) {
      map.setLayoutProperty(LAYER.proxyTint, 'visibility', state.showProxyNetwork ? 'visible' : 'none');
    }
    if (state.snapshotRequest !== previous.snapshotRequest) void downloadMapSnapshot(map, options.caption());
    if (state.measurePoints !== previous.measurePoints) {
      map.getSource<GeoJSONSource>(SOURCE.measure)?.setData(measureFeatures(state.measurePoints));
    }
    if (state.measuring !== previous.measuring) {
      map.getCanvasContainer().classList.toggle('is-measuring', state.measuring);
    }
    if (state.cameraRequest && state.cameraRequest !== previous.cameraRequest) {
      options.moveCamera(state.cameraRequest);
    }
  });

  return {
    refresh,
    // Takes effect with the next refresh, which the caller runs before handing over the data.
    setDrawing: (next) => void (drawing = next),
    disconnect: () => {
      unsubscribe();
      map.off('render', onRender);
    },
  };
}
