import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Story } from '../../data/story-schema';
import { clearOfCovers } from '../clear-of-covers';
import type { FocusTarget } from '../layers/event-focus';
import { OPENING_PADDING } from '../bindings/story-view';
import { downloadMapSnapshot, mapSnapshot, whenIdle, type SnapshotCaption } from '../snapshot';
import { cameraMoves } from './camera-moves';
import type { MapController } from './map-controller';

export interface ControllerOptions {
  container: HTMLElement;
  reducedMotion: () => boolean;
  story: () => Story;
  focusTargetOf: (id: string) => FocusTarget | null;
  /** The story's title and credits, for a chapter's picture. */
  caption: () => SnapshotCaption;
  /** And with the legend and the dataset's version, for the downloaded one. */
  fullCaption: () => SnapshotCaption;
}

export function createController(
  map: MapLibreMap,
  options: ControllerOptions,
): MapController & { settle: () => void } {
  const moves = cameraMoves(map, options.reducedMotion);
  const { container } = options;
  return {
    ...moves,
    snapshot: (stamp) => whenIdle(map).then(() => mapSnapshot(map, options.caption(), stamp)),
    downloadSnapshot: () => downloadMapSnapshot(map, options.fullCaption()),
    holdSize: (width, height) => {
      container.dataset.heldSize = '';
      container.style.width = `${width}px`;
      container.style.height = `${height}px`;
      map.resize();
      return () => {
        delete container.dataset.heldSize;
        container.style.removeProperty('width');
        container.style.removeProperty('height');
        map.resize();
      };
    },
    showEvent: async (id) => {
      const position = options.focusTargetOf(id)?.position;
      if (!position) return;
      const view = { center: position, zoom: Math.max(map.getZoom(), 5.5) };
      return moves.flyTo(view, { speed: 1.6 });
    },
    frame: (bounds) => {
      // Room for the controls and the hint's button under the matches, never a sixth of the map more; and for the
      // open legend, beside or under it.
      const { width, height } = container.getBoundingClientRect();
      const side = Math.round(Math.min(64, width / 6));
      const base = { top: side, left: side, right: side, bottom: Math.round(Math.min(110, height / 4)) };
      return moves.fitBounds(bounds, { padding: clearOfCovers(container, base), maxZoom: 7 });
    },
    resetView: () => {
      const camera = options.story().camera;
      if ('bounds' in camera) return moves.fitBounds(camera.bounds, { padding: OPENING_PADDING });
      const { center, zoom, bearing = 0, pitch = 0 } = camera;
      return moves.flyTo({ center, zoom, bearing, pitch });
    },
    showView: (view, { padding, duration, speed }) => {
      // Stopped first, so the resize's own moveend belongs to no move; resized now, the fit uses the new size
      // rather than waiting for the resize observer.
      map.stop();
      map.resize();
      if ('bounds' in view) return moves.fitBounds(view.bounds, { padding, duration });
      const { center, zoom, bearing = 0, pitch = 0 } = view;
      return moves.flyTo({ center, zoom, bearing, pitch }, { speed });
    },
  };
}
