import {
  FullscreenControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapLayers } from './layers';
import { applyTheme } from './style/apply-theme';
import { basemapSources } from './style/basemap-sources';
import { buildStyle } from './style/build-style';
import type { Theme } from './style/palette';
import { exposeMap } from './debug-handle';
import { PAN_LIMITS, REGION_BOUNDS } from './region';

// MapLibre's worker is a file of its own; serving it from our origin keeps the CSP at worker-src 'self'.
setWorkerUrl(workerUrl);

export interface MapOptions {
  container: HTMLElement;
  theme: Theme;
  geoBase: URL;
  /** Embeds must never capture the page's scroll. */
  cooperativeGestures?: boolean;
}

export interface MapHandle {
  map: MapLibreMap;
  setTheme(theme: Theme): void;
  destroy(): void;
}

export function createMap({ container, theme, geoBase, cooperativeGestures = false }: MapOptions): MapHandle {
  const layers = basemapLayers;
  const map = new MapLibreMap({
    container,
    style: buildStyle(theme, basemapSources(geoBase), layers),
    bounds: REGION_BOUNDS,
    fitBoundsOptions: { padding: 16 },
    maxBounds: PAN_LIMITS,
    minZoom: 2,
    maxZoom: 12,
    attributionControl: { compact: false },
    cooperativeGestures,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();

  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new FullscreenControl({ container: container.parentElement ?? container }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');

  // Browser tests and the benchmark wait on this instead of guessing with timeouts.
  const markBusy = () => (container.dataset.mapState = 'busy');
  const markIdle = () => (container.dataset.mapState = 'idle');
  markBusy();
  map.on('idle', markIdle);
  map.on('movestart', markBusy);
  map.on('dataloading', markBusy);

  const unexpose = exposeMap(map);

  return {
    map,
    setTheme: (next) => applyTheme(map, layers, next),
    destroy: () => {
      unexpose();
      map.remove();
    },
  };
}
