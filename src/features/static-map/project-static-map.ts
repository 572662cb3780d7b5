import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { isMapped, type EventFeature } from '../../data/event-schema';
import { FAMILY_OF, type Family } from '../../data/category-families';

const signedArea = (ring: Position[]) =>
  ring.reduce((sum, [x = 0, y = 0], i) => {
    const [nx = 0, ny = 0] = ring[(i + 1) % ring.length] ?? [];
    return sum + x * ny - nx * y;
  }, 0);

/**
 * RFC 7946 winds outer rings anticlockwise; d3-geo, on the sphere, reads that as "everything but this
 * country".
 */
function rewind(rings: Position[][]): Position[][] {
  return rings.map((ring, index) => {
    const clockwise = signedArea(ring) < 0;
    return clockwise === (index === 0) ? ring : [...ring].reverse();
  });
}

function forD3(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewind(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewind) };
}

export interface StaticMapDrawing {
  countries: { key: string; name: string; d: string }[];
  dots: { event: EventFeature; x: number; y: number }[];
}

/** Events outside the box are left out here; the list still has them. */
export function projectStaticMap(
  countries: FeatureCollection<Polygon | MultiPolygon, { iso?: string; name: string }>,
  events: readonly EventFeature[],
  width: number,
  height: number,
): StaticMapDrawing {
  const shapes = countries.features.map((feature) => ({ ...feature, geometry: forD3(feature.geometry) }));
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [width - 8, height - 8],
    ],
    { type: 'FeatureCollection', features: shapes },
  );
  const path = geoPath(projection);
  return {
    countries: shapes.map((feature, index) => ({
      key: `${feature.properties.iso ?? ''}-${index}`,
      name: feature.properties.name,
      d: path(feature) ?? '',
    })),
    dots: events.filter(isMapped).flatMap((event) => {
      const [x, y] = projection([...event.geometry.coordinates]) ?? [NaN, NaN];
      const inside =
        Number.isFinite(x) && Number.isFinite(y) && x >= 0 && x <= width && y >= 0 && y <= height;
      return inside ? [{ event, x, y }] : [];
    }),
  };
}

/** One path per family: 100k links would stall the page this fallback exists to keep working. */
export function crowdPaths(dots: StaticMapDrawing['dots'], radius: number): Map<Family, string> {
  const parts = new Map<Family, string[]>();
  for (const { event, x, y } of dots) {
    const family = FAMILY_OF[event.properties.category];
    const list = parts.get(family) ?? [];
    list.push(
      `M${(x - radius).toFixed(1)} ${y.toFixed(1)}a${radius} ${radius} 0 1 0 ${2 * radius} 0a${radius} ${radius} 0 1 0 ${-2 * radius} 0`,
    );
    parts.set(family, list);
  }
  return new Map([...parts].map(([family, list]) => [family, list.join('')]));
}
