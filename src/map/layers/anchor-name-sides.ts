import type { Feature, FeatureCollection } from 'geojson';
import { distanceKm, type LonLat } from '../../lib/geodesy';

/** Where an anchor's name is written beside its pin. */
export type NameSide = 'east' | 'north' | 'west' | 'south';

/** Anchors closer than this crowd each other at the opening zoom of a phone. */
const CROWD_KM = 450;

const SIDE_BEARING: Record<NameSide, number> = { east: 90, north: 0, west: 270, south: 180 };

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * (180 / Math.PI);

/** The direction from `a` to `b` as it looks on the map (degrees clockwise from up). */
function screenBearing([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const degrees = (Math.atan2(lon2 - lon1, mercatorY(lat2) - mercatorY(lat1)) * 180) / Math.PI;
  return (degrees + 360) % 360;
}

const gap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/**
 * Each anchor's name goes on the side of its pin that is furthest from the other anchors near it, so the bases
 * that crowd Iraq write their names away from one another rather than over each other's. Where sides tie (a lone
 * anchor), the name is written towards the middle of the view, away from the map's edge and its controls.
 */
export function nameSides(anchors: ReadonlyMap<string, LonLat>, middleLon: number): Map<string, NameSide> {
  const sides = new Map<string, NameSide>();
  for (const [id, at] of anchors) {
    const inwards: NameSide[] = at[0] > middleLon ? ['west', 'north', 'east'] : ['east', 'north', 'west'];
    const SIDES: NameSide[] = [...inwards, 'south'];
    const bearings = [...anchors]
      .filter(([other, there]) => other !== id && distanceKm(at, there) < CROWD_KM)
      .map(([, there]) => screenBearing(at, there));
    const room = (side: NameSide) => Math.min(360, ...bearings.map((b) => gap(b, SIDE_BEARING[side])));
    sides.set(
      id,
      SIDES.reduce((best, side) => (room(side) > room(best) ? side : best)),
    );
  }
  return sides;
}

/** The places with each anchor's side written into it as `nameSide`, for anchor-names.ts to read. */
export function withNameSides(
  places: FeatureCollection,
  anchorIds: readonly string[],
  middleLon: number,
): FeatureCollection {
  const ids = new Set(anchorIds);
  const anchors = new Map<string, LonLat>();
  for (const feature of places.features) {
    const id = String(feature.properties?.id);
    if (ids.has(id) && feature.geometry.type === 'Point')
      anchors.set(id, feature.geometry.coordinates as unknown as LonLat);
  }
  const sides = nameSides(anchors, middleLon);
  return {
    ...places,
    features: places.features.map((feature): Feature => {
      const side = sides.get(String(feature.properties?.id));
      return side ? { ...feature, properties: { ...feature.properties, nameSide: side } } : feature;
    }),
  };
}
