import type { ErrorEvent as MapErrorEvent, Map as MapLibreMap } from 'maplibre-gl';

export type MapFailure = 'worker' | 'style' | 'context';

export interface MapHealthOptions {
  onFailure: (failure: MapFailure) => void;
  /** MapLibre rebuilds its style; the app re-applies what the style lacks. */
  onRestored: () => void;
  /** Then the reader is given the static map instead. */
  restoreGraceMs?: number;
}

const WORKER_FAILED = /worker failed to load/i;

/** With an `error` listener MapLibre logs nothing itself, so errors that do not stop it are logged here. */
export function watchMapHealth(map: MapLibreMap, options: MapHealthOptions): () => void {
  const { onFailure, onRestored, restoreGraceMs = 4000 } = options;
  let loaded = false;
  let failed = false;
  let lostTimer: ReturnType<typeof setTimeout> | undefined;
  const container = map.getContainer();

  const fail = (failure: MapFailure) => {
    if (failed) return;
    failed = true;
    clearTimeout(lostTimer);
    onFailure(failure);
  };
  const onLoad = () => (loaded = true);
  const onError = ({ error }: MapErrorEvent) => {
    // A module worker served with the wrong type, blocked, or missing: nothing will ever be drawn.
    if (WORKER_FAILED.test(error.message)) {
      console.error(`${error.message} Hosts must serve .mjs files as text/javascript (docs/DEPLOY.md).`);
      return fail('worker');
    }
    // Before the first full draw, a failing style or source leaves an empty or broken frame.
    if (!loaded) {
      console.error(error);
      return fail('style');
    }
    console.error(error);
  };
  const onLost = () => {
    container.dataset.mapState = 'lost';
    clearTimeout(lostTimer);
    lostTimer = setTimeout(() => fail('context'), restoreGraceMs);
  };
  const onContextRestored = () => {
    clearTimeout(lostTimer);
    if (failed) return;
    container.dataset.mapState = 'busy';
    // The rebuilt style has its sources and filters but none of the feature states.
    if (map.isStyleLoaded()) onRestored();
    else map.once('style.load', onRestored);
  };

  map.once('load', onLoad);
  map.on('error', onError);
  map.on('webglcontextlost', onLost);
  map.on('webglcontextrestored', onContextRestored);
  return () => {
    clearTimeout(lostTimer);
    map.off('load', onLoad);
    map.off('error', onError);
    map.off('webglcontextlost', onLost);
    map.off('webglcontextrestored', onContextRestored);
    map.off('style.load', onRestored);
  };
}
