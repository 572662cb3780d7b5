import { bboxClip } from '@turf/bbox-clip';
import rewind from '@mapbox/geojson-rewind';
import type { BBox, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { roundPath } from './rounding';
import { CLIP_BBOX } from './region';
import { toPolygons, type Ring } from './topology';

export function clipPolygons(polygons: Ring[][], bbox: BBox = CLIP_BBOX): Ring[][] {
  if (polygons.length === 0) return [];
  const clipped = bboxClip({ type: 'MultiPolygon', coordinates: polygons } satisfies MultiPolygon, bbox);
  return toPolygons(clipped.geometry).filter(
    (polygon) => polygon.length > 0 && (polygon[0]?.length ?? 0) >= 4,
  );
}

export function clipLines(lines: Position[][]): Position[][] {
  if (lines.length === 0) return [];
  const clipped = bboxClip(
    { type: 'MultiLineString', coordinates: lines } satisfies MultiLineString,
    CLIP_BBOX,
  );
  const geometry = clipped.geometry;
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/** Rounds and removes the zero-length edges rounding creates; polygons come out wound the RFC 7946 way. */
export function polygonGeometry(polygons: Ring[][]): Polygon | MultiPolygon | undefined {
  const rounded = polygons
    .map((polygon) => polygon.map(roundPath).filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0);
  const [only] = rounded;
  if (only === undefined) return undefined;
  const geometry: Polygon | MultiPolygon =
    rounded.length === 1
      ? { type: 'Polygon', coordinates: only }
      : { type: 'MultiPolygon', coordinates: rounded };
  return rewind(geometry, false);
}

export function lineGeometry(lines: Position[][]): LineString | MultiLineString | undefined {
  const rounded = lines.map(roundPath).filter((line) => line.length >= 2);
  const [only] = rounded;
  if (only === undefined) return undefined;
  if (rounded.length === 1) return { type: 'LineString', coordinates: only };
  return { type: 'MultiLineString', coordinates: rounded };
}
