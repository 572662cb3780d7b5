import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The live map, for the browser tests and the benchmark: only in their build, never in dist/. */
    flashpointAtlas?: { map: MapLibreMap };
  }
}

export function exposeMap(map: MapLibreMap): () => void {
  window.flashpointAtlas = { map };
  return () => {
    if (window.flashpointAtlas?.map === map) delete window.flashpointAtlas;
  };
}
