import type { LonLat } from '../../lib/geodesy';

export type Bounds = [[number, number], [number, number]];

/** [[west, south], [east, north]]; null for none. */
export function boundsOf(points: readonly LonLat[]): Bounds | null {
  if (!points.length) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}

export const contains = ([[west, south], [east, north]]: Bounds, [lon, lat]: LonLat): boolean =>
  lon >= west && lon <= east && lat >= south && lat <= north;
