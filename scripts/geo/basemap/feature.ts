import type { Feature, Geometry } from 'geojson';

export function makeFeature(
  id: string,
  properties: Record<string, string | number>,
  geometry: Geometry,
): Feature {
  return { type: 'Feature', id, properties, geometry };
}
