import type { LngLatBoundsLike } from 'maplibre-gl';

/** The story's region: eastern Mediterranean to the Arabian Sea, Horn of Africa to the Caspian. */
export const REGION_BOUNDS: LngLatBoundsLike = [
  [24, 9],
  [62, 40],
];

/** How far a reader may pan: a margin around the region, beyond which the basemap has no data. */
export const PAN_LIMITS: LngLatBoundsLike = [
  [18, -7],
  [67, 47],
];
