import type { BBox } from 'geojson';

/** The story region [west, south, east, north]; labels must fall inside it. */
export const REGION_BBOX: BBox = [20, -5, 65, 45];

/** Geometry is kept a little beyond the region so the map edge never shows a hard cut while panning. */
const CLIP_MARGIN_DEG = 2;
export const CLIP_BBOX: BBox = [
  REGION_BBOX[0] - CLIP_MARGIN_DEG,
  REGION_BBOX[1] - CLIP_MARGIN_DEG,
  REGION_BBOX[2] + CLIP_MARGIN_DEG,
  REGION_BBOX[3] + CLIP_MARGIN_DEG,
];
