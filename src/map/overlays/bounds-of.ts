import type { LonLat } from '../../lib/geodesy';

export type Bounds = [[number, number], [number, number]];

/** [[west, south], [east, north]]; null for none. */
export function boundsOf(points: readonly LonLat[]): Bounds | null {
  if (!points.length) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  return [
    [west, south],
    [east, north],
  ];
}

export const contains = ([[west, south], [east, north]]: Bounds, [lon, lat]: LonLat): boolean =>
  lon >= west && lon <= east && lat >= south && lat <= north;
