import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CameraBox, CameraView, FitOptions } from './map-controller';

export interface CameraMoves {
  flyTo: (view: CameraView, options?: { speed?: number }) => Promise<void>;
  fitBounds: (bounds: CameraBox, options: FitOptions) => Promise<void>;
  jumpTo: (view: CameraView) => Promise<void>;
  /** Settles a move still under way (the map is going). */
  settle: () => void;
}

/** Camera moves as promises: each settles on its own `moveend`, at once when it is a jump, or when the next starts. */
export function cameraMoves(map: MapLibreMap, reducedMotion: () => boolean): CameraMoves {
  let settleLast: (() => void) | null = null;
  const move = (start: (animate: boolean) => void, jump = false) =>
    new Promise<void>((resolve) => {
      // Stopping ends the move before this one now (MapLibre fires its moveend then); if nothing was moving,
      // that move is settled by hand, so no caller ever waits on a moveend that will not come.
      map.stop();
      settleLast?.();
      const settle = () => {
        map.off('moveend', settle);
        if (settleLast === settle) settleLast = null;
        resolve();
      };
      const animate = !jump && !reducedMotion();
      if (!animate) {
        start(false);
        return settle();
      }
      settleLast = settle;
      map.on('moveend', settle);
      start(true);
    });

  return {
    flyTo: (view, options) =>
      move((animate) => (animate ? map.flyTo({ ...view, ...options }) : map.jumpTo(view))),
    fitBounds: (bounds, options) =>
      move((animate) => map.fitBounds(bounds, animate ? options : { ...options, animate: false })),
    jumpTo: (view) => move(() => map.jumpTo(view), true),
    settle: () => settleLast?.(),
  };
}
