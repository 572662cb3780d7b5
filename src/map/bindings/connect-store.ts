import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { shallow } from 'zustand/shallow';
import type { EventDrawing } from '../../data/crowd';
import { useAtlasStore, type AtlasState } from '../../store/atlas-store';
import { watch as watchStore } from '../../store/watch';
import type { MapEventFilters } from '../layers/event-filter';
import { focusFeatures, type FocusTarget } from '../layers/event-focus';
import { LAYER, SOURCE } from '../layers/ids';
import { measureFeatures } from '../layers/measure';
import { applyEventFilters } from './apply-filters';
import { moveEventState } from './feature-states';

export interface StoreBridgeOptions {
  /** Ids matching the text search; the map cannot search text itself. */
  matchingIds: (search: string) => readonly string[] | null;
  focusTargetOf: (id: string) => FocusTarget | null;
}

const selectFilters = (state: AtlasState) =>
  [state.categories, state.threads, state.timeWindow, state.search, state.selectedId !== null] as const;

/**
 * Drives the map from the store without React: each change becomes a feature-state or a layer filter, so a
 * hover or a brush drag never re-renders a component or re-uploads data. One `watch` line per binding.
 */
export function connectStore(
  map: MapLibreMap,
  options: StoreBridgeOptions,
): { refresh: () => void; setDrawing: (drawing: EventDrawing) => void; disconnect: () => void } {
  let drawing: EventDrawing = 'shapes';
  const filtersOf = (state: AtlasState): MapEventFilters => ({
    categories: state.categories,
    threads: state.threads,
    timeWindow: state.timeWindow,
    matchingIds: options.matchingIds(state.search),
  });
  const showFocus = (selectedId: string | null, hoveredId: string | null) =>
    void map
      .getSource<GeoJSONSource>(SOURCE.eventFocus)
      ?.setData(focusFeatures(selectedId, hoveredId, options.focusTargetOf));
  const refresh = () => {
    const state = useAtlasStore.getState();
    applyEventFilters(map, filtersOf(state), state.selectedId !== null, drawing);
    moveEventState(map, 'selected', null, state.selectedId);
    moveEventState(map, 'hover', null, state.hoveredId);
    showFocus(state.selectedId, state.hoveredId);
  };

  // MapLibre hands a new filter to its worker only when it next draws. Drawing now, rather than at the next
  // animation frame, lets the worker start while React updates the panels (npm run bench: filter → idle).
  // A drag that changes the filter every frame still draws this way at most once per 50 ms.
  let lastDraw = 0;
  const onRender = () => (lastDraw = performance.now());
  map.on('render', onRender);
  const drawSoon = () => {
    if (performance.now() - lastDraw > 50) map.redraw();
  };

  // While the graphics context is lost MapLibre has no style to change; the refresh after its return catches up.
  const watch = <T>(
    selector: (state: AtlasState) => T,
    apply: (value: T, previous: T) => void,
    equal?: (a: T, b: T) => boolean,
  ) =>
    watchStore(
      selector,
      (value, previous) => {
        if ((map.style as typeof map.style | null) !== null) apply(value, previous);
      },
      equal,
    );

  const unwatch = [
    watch(
      selectFilters,
      ([categories, threads, timeWindow, search, incidentOpen]) => {
        const filters = { categories, threads, timeWindow, matchingIds: options.matchingIds(search) };
        applyEventFilters(map, filters, incidentOpen, drawing);
        drawSoon();
      },
      shallow,
    ),
    watch(
      (s) => s.selectedId,
      (id, previous) => moveEventState(map, 'selected', previous, id),
    ),
    watch(
      (s) => s.hoveredId,
      (id, previous) => moveEventState(map, 'hover', previous, id),
    ),
    watch(
      (s) => [s.selectedId, s.hoveredId] as const,
      ([selected, hovered]) => showFocus(selected, hovered),
      shallow,
    ),
    watch(
      (s) => s.showProxyNetwork,
      (on) => {
        if (map.getLayer(LAYER.proxyTint))
          map.setLayoutProperty(LAYER.proxyTint, 'visibility', on ? 'visible' : 'none');
      },
    ),
    watch(
      (s) => s.measurePoints,
      (points) => void map.getSource<GeoJSONSource>(SOURCE.measure)?.setData(measureFeatures(points)),
    ),
    watch(
      (s) => s.measuring,
      (on) => map.getCanvasContainer().classList.toggle('is-measuring', on),
    ),
  ];

  return {
    refresh,
    // Takes effect with the next refresh, which the caller runs before handing over the data it chose them for.
    setDrawing: (next) => void (drawing = next),
    disconnect: () => {
      for (const stop of unwatch) stop();
      map.off('render', onRender);
    },
  };
}
