import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import { mercatorRingArea, mercatorTriangleArea, pixelSizeAtZoom } from './mercator';
import type { CountryTopology } from './topology';

/**
 * Detail is removed where it cannot be seen: a vertex goes when the triangle it spans is smaller than
 * ~1 px² at this zoom (512 px tiles, Web Mercator). Islands go when smaller than ISLAND_MIN_PX² px² there.
 */
export const DETAIL_ZOOM = 7;
const ISLAND_MIN_PX = 2;

/** Step 2: simplify the shared topology, so neighbouring countries keep identical edges, and drop specks. */
export function simplifyTopology(topology: CountryTopology): CountryTopology {
  const pixel = pixelSizeAtZoom(DETAIL_ZOOM);
  const simplified = simplify(presimplify(topology, mercatorTriangleArea), pixel * pixel);
  const minIsland = (ISLAND_MIN_PX * pixel) ** 2;
  const withoutSpecks = filter(
    simplified,
    filterAttachedWeight(simplified, minIsland, (ring) => Math.abs(mercatorRingArea(ring))),
  );
  return withoutSpecks as CountryTopology;
}
