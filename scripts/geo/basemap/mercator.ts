import { geoMercator } from 'd3-geo';
import type { Position } from 'geojson';
import { planarRingArea, planarTriangleArea } from 'topojson-simplify';

// Web Mercator in radians (unit scale, no resampling): the projection the map is drawn in, so "too small to
// see" and "visually central" mean what they mean on screen. d3 draws y downwards; only sizes and a round trip
// are taken from it, so the mirror does not matter.
const projection = geoMercator().scale(1).translate([0, 0]).precision(0);

export function toMercator(position: Position): [number, number] {
  return projection([position[0] ?? 0, position[1] ?? 0]) ?? [NaN, NaN];
}

export function fromMercator(point: [number, number]): Position {
  return projection.invert?.(point) ?? [NaN, NaN];
}

/** Width of one screen pixel in Mercator radians (MapLibre uses 512 px tiles). */
export function pixelSizeAtZoom(zoom: number): number {
  return (2 * Math.PI) / (512 * 2 ** zoom);
}

export function mercatorTriangleArea(triangle: [number[], number[], number[]]): number {
  const [a = [], b = [], c = []] = triangle;
  return planarTriangleArea([toMercator(a), toMercator(b), toMercator(c)]);
}

export function mercatorRingArea(ring: number[][]): number {
  return planarRingArea(ring.map(toMercator));
}
