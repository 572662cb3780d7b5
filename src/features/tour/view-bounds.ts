import type { ChapterView } from '../../data/chapter-schema';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The area a 1024-pixel-wide map would show. */
export function boundsOfView(view: ChapterView, aspect = 4 / 3): Bounds {
  if ('bounds' in view) return view.bounds;
  const [lon, lat] = view.center;
  const lonSpan = (360 * 1024) / (512 * 2 ** view.zoom);
  const latSpan = (lonSpan / aspect) * Math.cos((lat * Math.PI) / 180);
  return [lon - lonSpan / 2, lat - latSpan / 2, lon + lonSpan / 2, lat + latSpan / 2];
}
