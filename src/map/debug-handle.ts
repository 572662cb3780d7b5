import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The live map, for browser tests, the benchmark and curious readers in devtools. Read it; do not rely on it. */
    flashpointAtlas?: { map: MapLibreMap };
  }
}

export function exposeMap(map: MapLibreMap): () => void {
  window.flashpointAtlas = { map };
  return () => {
    if (window.flashpointAtlas?.map === map) delete window.flashpointAtlas;
  };
}
