import type { Feature, FeatureCollection } from 'geojson';
import { distanceKm, type LonLat } from '../../lib/geodesy';

export type NameSide = 'east' | 'north' | 'west' | 'south';

/** Anchors closer than this crowd each other at a phone's opening zoom. */
const CROWD_KM = 450;

const SIDE_BEARING: Record<NameSide, number> = { east: 90, north: 0, west: 270, south: 180 };

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) * (180 / Math.PI);

/** Degrees clockwise from up, as it looks on the map. */
function screenBearing([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
  const degrees = (Math.atan2(lon2 - lon1, mercatorY(lat2) - mercatorY(lat1)) * 180) / Math.PI;
  return (degrees + 360) % 360;
}

const gap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/** Away from nearby anchors, so the bases crowding Iraq never overlap; a lone one faces the view's middle. */
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
