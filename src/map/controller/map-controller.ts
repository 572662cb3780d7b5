import type { PaddingOptions } from 'maplibre-gl';
import type { ChapterView } from '../../data/chapter-schema';

export interface CameraView {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
}

/** [[west, south], [east, north]], or [west, south, east, north] as a story file writes it. */
export type CameraBox = [[number, number], [number, number]] | [number, number, number, number];

export interface FitOptions {
  padding: number | PaddingOptions;
  maxZoom?: number;
  duration?: number;
}

/**
 * What the app may ask of the map, made with it in src/map and handed out through context
 * (map-controller-context.tsx), so no MapLibre instance leaves src/map. Every move settles when the map has
 * moved: on `moveend`, or at once under prefers-reduced-motion, where every move is a jump; a move cut short
 * by the next one settles then.
 */
export interface MapController {
  flyTo: (view: CameraView, options?: { speed?: number }) => Promise<void>;
  fitBounds: (bounds: CameraBox, options: FitOptions) => Promise<void>;
  jumpTo: (view: CameraView) => Promise<void>;
  /** The map as shown, with its title band and credits (and `stamp`), once every tile of the view has drawn. */
  snapshot: (stamp: string) => Promise<Blob>;
  /**
   * Draws the map at this size in CSS pixels, whatever its box, until the returned function is called: pictures
   * taken meanwhile have the same shape on a 4:3 projector as on a wide screen.
   */
  holdSize: (width: number, height: number) => () => void;
  downloadSnapshot: () => Promise<void>;
  /** Flies to an incident, no closer out than it is now; nothing happens for one without a place. */
  showEvent: (id: string) => Promise<void>;
  /** Frames a box of matches clear of the controls, the hint and an open legend. */
  frame: (bounds: CameraBox) => Promise<void>;
  resetView: () => Promise<void>;
  /** A chapter's view, fitted to the map's size now (a chapter may just have shown or hidden the timeline). */
  showView: (view: ChapterView, move: { padding: number; duration: number; speed: number }) => Promise<void>;
}
