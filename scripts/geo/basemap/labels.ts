import rewind from '@mapbox/geojson-rewind';
import { geoArea } from 'd3-geo';
import type { Feature, Point, Position } from 'geojson';
import polylabel from 'polylabel';
import { clipPolygons } from './clip';
import { namesOf } from './country-codes';
import { makeFeature } from './feature';
import { fromMercator, toMercator } from './mercator';
import { REGION_BBOX } from './region';
import { roundPosition } from './rounding';
import { polygonsOf, type Country, type CountryTopology, type Ring } from './topology';

/**
 * A country whose own visual centre lies outside the region still gets a label inside it when at least this
 * share of its area is in the region (Afghanistan, Pakistan), but not when only a sliver is (Kazakhstan).
 */
const MIN_REGION_SHARE_FOR_LABEL = 0.1;

interface LabelCandidate {
  iso: string;
  point: Position;
  area: number;
}

/** Step 4d: one label point per country, ranked by area so larger countries win collisions (labels.geojson). */
export function labelFeatures(topology: CountryTopology, countries: Country[]): Feature[] {
  const candidates: LabelCandidate[] = [];
  for (const country of countries) {
    const polygons = polygonsOf(topology, country);
    const point = labelPoint(polygons);
    if (point === undefined) continue;
    candidates.push({ iso: String(country.id), point, area: totalArea(polygons) });
  }
  candidates.sort((a, b) => b.area - a.area || a.iso.localeCompare(b.iso));
  return candidates.map((candidate, index) => {
    const names = namesOf(candidate.iso);
    const properties: Record<string, string | number> = { iso: candidate.iso, name: names.name };
    if (names.ar !== undefined) properties.name_ar = names.ar;
    if (names.fa !== undefined) properties.name_fa = names.fa;
    properties.rank = index + 1;
    const point: Point = { type: 'Point', coordinates: candidate.point };
    return makeFeature(candidate.iso, properties, point);
  });
}

/**
 * The visual centre of the country's largest polygon, computed on the whole, unclipped country so the clip
 * margin cannot drag it towards the map edge; failing that, the visual centre of the part inside the region.
 */
function labelPoint(polygons: Ring[][]): Position | undefined {
  const whole = largestPolygonCentre(polygons);
  if (whole !== undefined && insideRegion(whole)) return whole;
  const inRegion = clipPolygons(polygons, REGION_BBOX);
  if (totalArea(inRegion) < MIN_REGION_SHARE_FOR_LABEL * totalArea(polygons)) return undefined;
  return largestPolygonCentre(inRegion);
}

function largestPolygonCentre(polygons: Ring[][]): Position | undefined {
  let largest: Ring[] | undefined;
  for (const polygon of polygons) if (!largest || area(polygon) > area(largest)) largest = polygon;
  return largest === undefined ? undefined : roundPosition(visualCentre(largest));
}

/** The pole of inaccessibility, found in Mercator so "visually central" is what the reader sees. */
function visualCentre(polygon: Ring[]): Position {
  const rings = polygon.map((ring) => ring.map(toMercator));
  const xs = (rings[0] ?? []).map((p) => p[0]);
  const ys = (rings[0] ?? []).map((p) => p[1]);
  const precision = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 1000;
  const [x = NaN, y = NaN] = polylabel(rings, precision);
  return fromMercator([x, y]);
}

/** Area on the sphere (steradians), outer ring minus holes: enough to order countries by size. */
function area(polygon: Ring[]): number {
  return geoArea(rewind({ type: 'Polygon', coordinates: polygon.map((ring) => [...ring]) }, true));
}

function totalArea(polygons: Ring[][]): number {
  return polygons.reduce((sum, polygon) => sum + area(polygon), 0);
}

function insideRegion([x = NaN, y = NaN]: Position): boolean {
  return x >= REGION_BBOX[0] && x <= REGION_BBOX[2] && y >= REGION_BBOX[1] && y <= REGION_BBOX[3];
}
