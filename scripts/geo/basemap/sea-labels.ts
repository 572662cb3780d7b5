import type { BBox, Feature, Point, Position } from 'geojson';
import polylabel from 'polylabel';
import { clipPolygons } from './clip';
import { makeFeature } from './feature';
import { fromMercator, pixelSizeAtZoom, toMercator } from './mercator';
import { REGION_BBOX } from './region';
import { roundPosition } from './rounding';
import { polygonsOf, type Country, type CountryTopology, type Ring } from './topology';
import { WATER_BODIES, type WaterBody } from './water-bodies';

/** The map draws sea names at this size, by zoom, wrapped at this many ems (src/map/layers/sea-labels.ts). */
export const SEA_TEXT_SIZE_STOPS: readonly (readonly [zoom: number, px: number])[] = [
  [3, 11],
  [7, 14],
];
export const SEA_TEXT_MAX_WIDTH_EMS = 8;
/** Average advance of a Latin letter in Vazirmatn plus the layer's letter spacing, in ems. */
const EM_PER_LETTER = 0.55 + 0.12;
const LINE_HEIGHT_EMS = 1.2;

interface SeaCandidate {
  body: WaterBody;
  point: Position;
  /** Radius of the widest circle of open water round the point, in Mercator radians. */
  clearance: number;
}

/**
 * Step 4e: one label point per water body (seas.geojson). The point is the pole of inaccessibility of the water
 * inside the body's search box (the box minus every country's land), found in Mercator so it is the point with
 * the most open water round it on screen. The zoom a name appears at is the first at which that open water
 * holds the whole label, so a gulf is named only once there is room to write its name on water.
 */
export function seaLabelFeatures(topology: CountryTopology, countries: Country[]): Feature[] {
  const land = countries.flatMap((country) => polygonsOf(topology, country));
  const candidates = WATER_BODIES.map((body) => seaCandidate(body, land));
  const ranked = [...candidates].sort(
    (a, b) => b.clearance - a.clearance || a.body.id.localeCompare(b.body.id),
  );
  return ranked.map((candidate, index) => {
    const { body } = candidate;
    const properties: Record<string, string | number> = { id: body.id, name: body.name };
    if (body.name_ar !== undefined) properties.name_ar = body.name_ar;
    if (body.name_fa !== undefined) properties.name_fa = body.name_fa;
    properties.rank = index + 1;
    properties.minZoom = fittingZoom(body.name, candidate.clearance);
    const point: Point = { type: 'Point', coordinates: candidate.point };
    return makeFeature(body.id, properties, point);
  });
}

function seaCandidate(body: WaterBody, land: Ring[][]): SeaCandidate {
  const box = intersect(body.searchBox, REGION_BBOX);
  const holes = clipPolygons(land, box).map((polygon) => polygon[0] ?? []);
  const rings = [boxRing(box), ...holes].map((ring) => ring.map(toMercator));
  const found = polylabel(rings, precisionOf(box));
  const point = roundPosition(fromMercator([found[0] ?? NaN, found[1] ?? NaN]));
  return { body, point, clearance: found.distance };
}

/**
 * The first half zoom at which the circle of open water round the point is as wide as the wrapped label, so the
 * name lies on water from end to end (its corners may touch a coast, as on any printed map).
 */
export function fittingZoom(name: string, clearance: number): number {
  const lines = wrap(name, SEA_TEXT_MAX_WIDTH_EMS / EM_PER_LETTER);
  const longest = Math.max(...lines.map((line) => line.length));
  for (let zoom = 2; zoom < 8; zoom += 0.5) {
    const size = textSizeAt(zoom);
    const halfWidth = (longest * EM_PER_LETTER * size) / 2;
    const halfHeight = (lines.length * LINE_HEIGHT_EMS * size) / 2;
    if (clearance / pixelSizeAtZoom(zoom) >= Math.max(halfWidth, halfHeight)) return zoom;
  }
  return 8;
}

function textSizeAt(zoom: number): number {
  const [[z0, px0] = [0, 12], [z1, px1] = [0, 12]] = SEA_TEXT_SIZE_STOPS;
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return px0 + t * (px1 - px0);
}

/** Word wrap the way MapLibre does it closely enough for sizing: greedy, at most `letters` per line. */
function wrap(text: string, letters: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= letters)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function intersect(a: BBox, b: BBox): BBox {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

function boxRing([west, south, east, north]: BBox): Ring {
  return [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
}

function precisionOf(box: BBox): number {
  const [x0, y0] = toMercator([box[0], box[1]]);
  const [x1, y1] = toMercator([box[2], box[3]]);
  return Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) / 1000;
}
