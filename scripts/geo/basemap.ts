/**
 * Builds the regional basemap (public/geo/basemap) from Natural Earth, as redistributed by npm `world-atlas`.
 *
 * Pipeline: load the country topology → keep only countries that reach the clip box → simplify the shared
 * topology (so neighbouring countries keep identical edges) → drop islands too small to see → merge
 * unrecognised map units into their de jure state → derive polygons, borders, coastlines and label points →
 * clip, round and write one feature per line.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bboxClip } from '@turf/bbox-clip';
import type {
  BBox,
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { feature, mergeArcs, mesh, neighbors } from 'topojson-client';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryCollection as TopoCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

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

/**
 * 1:10m rather than 1:50m: only 10m has Kharg, Kish, Abu Musa, Hormuz, Larak, Perim and Failaka, islands
 * the story's maritime incidents name, and simplified to DETAIL_ZOOM it still fits the budget (~385 KB gzip
 * against ~115 KB for 50m).
 */
const SOURCE_FILE = 'world-atlas/countries-10m.json';

/**
 * Detail is removed where it cannot be seen: a vertex goes when the triangle it spans is smaller than
 * ~1 px² at this zoom (512 px tiles, Web Mercator). Islands go when smaller than ISLAND_MIN_PX² px² there.
 */
const DETAIL_ZOOM = 7;
const ISLAND_MIN_PX = 2;

/** Total gzip budget for everything in the basemap folder. */
export const BASEMAP_GZIP_BUDGET = 600 * 1024;

const DECIMALS = 4;

type CountryProps = { name: string };
type CountryTopology = Topology<{ countries: TopoCollection<CountryProps> }>;
type AreaGeometry = TopoPolygon<CountryProps> | TopoMultiPolygon<CountryProps>;
type Ring = Position[];
type Log = (line: string) => void;

export interface BuildBasemapOptions {
  /** Where progress and the size table go; defaults to the console. */
  log?: Log;
}

export async function buildBasemap(outDir: string, options: BuildBasemapOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  const topology = simplifyTopology(await loadRegionTopology());
  const countries = mergeByIso(topology);

  const files: Record<string, string> = {
    'countries.geojson': serialise(countryFeatures(topology, countries)),
    'borders.geojson': serialise(borderFeatures(topology, countries)),
    'coastlines.geojson': serialise(coastlineFeatures(topology, countries)),
    'labels.geojson': serialise(labelFeatures(topology, countries)),
    'ATTRIBUTION.md': ATTRIBUTION,
  };

  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await writeFile(path.join(outDir, name), text);
  }
  await reportSizes(outDir, log);
}

// ---------------------------------------------------------------------------------------------------------
// Topology preparation

async function loadRegionTopology(): Promise<CountryTopology> {
  const require = createRequire(import.meta.url);
  const text = await readFile(require.resolve(SOURCE_FILE), 'utf8');
  const world = JSON.parse(text) as CountryTopology;

  // Deciding membership by ISO code (not by geometry) keeps a country whole: the UK must not be reduced to
  // its bases on Cyprus, or its label would be placed there.
  const wanted = new Set<string>();
  for (const geometry of areaGeometries(world)) {
    if (reachesClipBox(world, geometry)) wanted.add(requireIso(geometry));
  }
  const kept = areaGeometries(world).filter((geometry) => {
    const iso = isoOf(geometry);
    return iso !== undefined && wanted.has(iso);
  });

  // filter() with an always-true test prunes arcs no longer referenced, which makes simplification cheap.
  const trimmed: CountryTopology = {
    ...world,
    objects: { countries: { type: 'GeometryCollection', geometries: kept } },
  };
  return filter(trimmed, () => true) as CountryTopology;
}

function simplifyTopology(topology: CountryTopology): CountryTopology {
  const pixel = pixelSizeAtZoom(DETAIL_ZOOM);
  const simplified = simplify(presimplify(topology, mercatorTriangleArea), pixel * pixel);
  const minIsland = (ISLAND_MIN_PX * pixel) ** 2;
  const withoutSpecks = filter(
    simplified,
    filterAttachedWeight(simplified, minIsland, (ring) => Math.abs(mercatorRingArea(ring))),
  );
  return withoutSpecks as CountryTopology;
}

/** One merged geometry per ISO code, so Northern Cyprus, Somaliland and the like become part of their state. */
function mergeByIso(topology: CountryTopology): TopoMultiPolygon<CountryProps>[] {
  const groups = new Map<string, AreaGeometry[]>();
  for (const geometry of areaGeometries(topology)) {
    const iso = requireIso(geometry);
    groups.set(iso, [...(groups.get(iso) ?? []), geometry]);
  }
  return [...groups.keys()].sort().map((iso) => {
    const merged = mergeArcs(topology, groups.get(iso) ?? []) as TopoMultiPolygon<CountryProps>;
    merged.id = iso;
    merged.properties = { name: namesOf(iso).name };
    return merged;
  });
}

function areaGeometries(topology: CountryTopology): AreaGeometry[] {
  return topology.objects.countries.geometries.filter(
    (geometry): geometry is AreaGeometry => geometry.type === 'Polygon' || geometry.type === 'MultiPolygon',
  );
}

function reachesClipBox(topology: CountryTopology, geometry: AreaGeometry): boolean {
  return clipPolygons(polygonsOf(topology, geometry)).length > 0;
}

function polygonsOf(topology: CountryTopology, geometry: AreaGeometry): Ring[][] {
  // Two branches only so TypeScript can pick the matching overload of feature().
  if (geometry.type === 'Polygon') return toPolygons(feature(topology, geometry).geometry);
  return toPolygons(feature(topology, geometry).geometry);
}

function isoOf(geometry: AreaGeometry): string | undefined {
  return isoForWorldAtlas(
    geometry.id === undefined ? undefined : String(geometry.id),
    geometry.properties?.name,
  );
}

function requireIso(geometry: AreaGeometry): string {
  const iso = isoOf(geometry);
  if (iso === undefined) {
    throw new Error(
      `No ISO 3166-1 alpha-2 code for world-atlas country id=${String(geometry.id)} ` +
        `name=${geometry.properties?.name ?? '?'}; add it to the tables in scripts/geo/basemap.ts`,
    );
  }
  return iso;
}

function namesOf(iso: string): CountryNames {
  const names = COUNTRY_NAMES[iso];
  if (names === undefined) {
    throw new Error(`No English name for ${iso}; add it to the tables in scripts/geo/basemap.ts`);
  }
  return names;
}

// ---------------------------------------------------------------------------------------------------------
// Output layers

function countryFeatures(topology: CountryTopology, countries: TopoMultiPolygon<CountryProps>[]): Feature[] {
  const out: Feature[] = [];
  for (const country of countries) {
    const polygons = finishPolygons(clipPolygons(polygonsOf(topology, country)));
    if (polygons.length === 0) continue;
    const iso = String(country.id);
    out.push(makeFeature(iso, { iso, name: namesOf(iso).name }, polygonGeometry(polygons)));
  }
  return out;
}

function borderFeatures(topology: CountryTopology, countries: TopoMultiPolygon<CountryProps>[]): Feature[] {
  const collection = asCollection(countries);
  const out: Feature[] = [];
  neighbors(countries).forEach((adjacent, i) => {
    for (const j of adjacent) {
      const a = countries[i];
      const b = countries[j];
      if (a === undefined || b === undefined || j <= i) continue;
      const line = mesh(topology, collection, (x, y) => (x === a && y === b) || (x === b && y === a));
      const lines = finishLines(clipLines(line.coordinates));
      if (lines.length === 0) continue;
      const [first, second] = [String(a.id), String(b.id)].sort() as [string, string];
      out.push(makeFeature(`${first}-${second}`, { a: first, b: second }, lineGeometry(lines)));
    }
  });
  return out.sort((x, y) => String(x.id).localeCompare(String(y.id)));
}

function coastlineFeatures(
  topology: CountryTopology,
  countries: TopoMultiPolygon<CountryProps>[],
): Feature[] {
  const collection = asCollection(countries);
  const out: Feature[] = [];
  for (const country of countries) {
    // An arc used by one country only is where land meets water (sea, or a lake that no border crosses).
    const line = mesh(topology, collection, (x, y) => x === country && y === country);
    const lines = finishLines(clipLines(line.coordinates));
    if (lines.length === 0) continue;
    const iso = String(country.id);
    out.push(makeFeature(iso, { iso }, lineGeometry(lines)));
  }
  return out;
}

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

function labelFeatures(topology: CountryTopology, countries: TopoMultiPolygon<CountryProps>[]): Feature[] {
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
  if (whole !== undefined && insideBBox(whole, REGION_BBOX)) return whole;
  const inRegion = clipPolygons(polygons, REGION_BBOX);
  if (totalArea(inRegion) < MIN_REGION_SHARE_FOR_LABEL * totalArea(polygons)) return undefined;
  return largestPolygonCentre(inRegion);
}

function largestPolygonCentre(polygons: Ring[][]): Position | undefined {
  const largest = maxBy(polygons, (polygon) => sphericalPolygonArea(polygon));
  return largest === undefined ? undefined : roundPosition(visualCentre(largest));
}

function totalArea(polygons: Ring[][]): number {
  return polygons.reduce((sum, polygon) => sum + sphericalPolygonArea(polygon), 0);
}

function asCollection(countries: TopoMultiPolygon<CountryProps>[]): TopoCollection<CountryProps> {
  return { type: 'GeometryCollection', geometries: countries };
}

function makeFeature(id: string, properties: Record<string, string | number>, geometry: Geometry): Feature {
  return { type: 'Feature', id, properties, geometry };
}

// ---------------------------------------------------------------------------------------------------------
// Geometry helpers

function toPolygons(geometry: Geometry | null): Ring[][] {
  if (geometry === null) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function clipPolygons(polygons: Ring[][], bbox: BBox = CLIP_BBOX): Ring[][] {
  if (polygons.length === 0) return [];
  const clipped = bboxClip({ type: 'MultiPolygon', coordinates: polygons } satisfies MultiPolygon, bbox);
  return toPolygons(clipped.geometry).filter(
    (polygon) => polygon.length > 0 && (polygon[0]?.length ?? 0) >= 4,
  );
}

function clipLines(lines: Position[][]): Position[][] {
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

/** Rounds, removes the zero-length edges rounding creates, and winds rings the RFC 7946 way. */
function finishPolygons(polygons: Ring[][]): Ring[][] {
  const out: Ring[][] = [];
  for (const polygon of polygons) {
    const rings = polygon.map(roundPath).filter((ring) => ring.length >= 4);
    const [outer, ...holes] = rings;
    if (outer === undefined) continue;
    out.push([orient(outer, true), ...holes.map((hole) => orient(hole, false))]);
  }
  return out;
}

function finishLines(lines: Position[][]): Position[][] {
  return lines.map(roundPath).filter((line) => line.length >= 2);
}

function polygonGeometry(polygons: Ring[][]): Polygon | MultiPolygon {
  const [only] = polygons;
  if (polygons.length === 1 && only !== undefined) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

function lineGeometry(lines: Position[][]): LineString | MultiLineString {
  const [only] = lines;
  if (lines.length === 1 && only !== undefined) return { type: 'LineString', coordinates: only };
  return { type: 'MultiLineString', coordinates: lines };
}

export function roundCoordinate(value: number): number {
  const factor = 10 ** DECIMALS;
  const rounded = Math.round(value * factor) / factor;
  return rounded === 0 ? 0 : rounded; // no "-0" in the output
}

function roundPosition(position: Position): Position {
  return [roundCoordinate(position[0] ?? 0), roundCoordinate(position[1] ?? 0)];
}

function roundPath(path: Position[]): Position[] {
  const out: Position[] = [];
  for (const position of path) {
    const rounded = roundPosition(position);
    const last = out[out.length - 1];
    if (last !== undefined && last[0] === rounded[0] && last[1] === rounded[1]) continue;
    out.push(rounded);
  }
  return out;
}

/** Twice the signed planar area in degrees; positive means counter-clockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += (xj - xi) * (yj + yi);
  }
  return sum;
}

function orient(ring: Ring, counterClockwise: boolean): Ring {
  const isCcw = signedArea(ring) > 0;
  return isCcw === counterClockwise ? ring : [...ring].reverse();
}

function insideBBox(position: Position, bbox: BBox): boolean {
  const [x = NaN, y = NaN] = position;
  return x >= bbox[0] && x <= bbox[2] && y >= bbox[1] && y <= bbox[3];
}

function maxBy<T>(items: T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const item of items) {
    const value = score(item);
    if (value > bestScore) {
      best = item;
      bestScore = value;
    }
  }
  return best;
}

// Web Mercator in radians: the projection the map is drawn in, so "too small to see" means on screen.
const MAX_MERCATOR_LAT = 85.05112878;

function mercator(position: Position): [number, number] {
  const lat = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, position[1] ?? 0));
  const phi = (lat * Math.PI) / 180;
  return [((position[0] ?? 0) * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

function inverseMercator([x, y]: [number, number]): Position {
  return [(x * 180) / Math.PI, (Math.atan(Math.sinh(y)) * 180) / Math.PI];
}

/** Width of one screen pixel in Mercator radians (MapLibre uses 512 px tiles). */
function pixelSizeAtZoom(zoom: number): number {
  return (2 * Math.PI) / (512 * 2 ** zoom);
}

function mercatorTriangleArea(triangle: [number[], number[], number[]]): number {
  const [a, b, c] = triangle.map((p) => mercator(p));
  if (a === undefined || b === undefined || c === undefined) return 0;
  return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
}

function mercatorRingArea(ring: number[][]): number {
  let sum = 0;
  const projected = ring.map((p) => mercator(p));
  for (let i = 0, j = projected.length - 1; i < projected.length; j = i++) {
    const [xi, yi] = projected[i] ?? [0, 0];
    const [xj, yj] = projected[j] ?? [0, 0];
    sum += xj * yi - xi * yj;
  }
  return sum / 2;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Area on the sphere in km² (outer ring minus holes), good enough to order countries by size. */
function sphericalPolygonArea(polygon: Ring[]): number {
  const [outer, ...holes] = polygon.map((ring) => Math.abs(sphericalRingArea(ring)));
  return (outer ?? 0) - holes.reduce((sum, hole) => sum + hole, 0);
}

function sphericalRingArea(ring: Ring): number {
  // Sum over edges of Δλ·(2 + sin φ1 + sin φ2): the area of the ring's trapezoids projected on the sphere.
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [lon1 = 0, lat1 = 0] = ring[j] ?? [];
    const [lon2 = 0, lat2 = 0] = ring[i] ?? [];
    const rad = Math.PI / 180;
    sum += (lon2 - lon1) * rad * (2 + Math.sin(lat1 * rad) + Math.sin(lat2 * rad));
  }
  return (sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM) / 2;
}

// ---------------------------------------------------------------------------------------------------------
// Label placement: the point of a polygon farthest from its edges (pole of inaccessibility), found by
// subdividing square cells and discarding those that cannot beat the best point so far. Worked out in
// Mercator so "visually central" is what the reader sees.

interface Cell {
  x: number;
  y: number;
  half: number;
  distance: number;
  potential: number;
}

function visualCentre(polygon: Ring[]): Position {
  const rings = polygon.map((ring) => ring.map((p) => mercator(p)));
  const outer = rings[0] ?? [];
  const xs = outer.map((p) => p[0]);
  const ys = outer.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.min(maxX - minX, maxY - minY);
  if (!(size > 0)) return inverseMercator([minX, minY]);

  const precision = Math.max(maxX - minX, maxY - minY) / 1000;
  const makeCell = (x: number, y: number, half: number): Cell => {
    const distance = signedDistance(x, y, rings);
    return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
  };

  const queue = new MaxHeap<Cell>((cell) => cell.potential);
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(makeCell(x + size / 2, y + size / 2, size / 2));
  }
  let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  for (let cell = queue.pop(); cell !== undefined; cell = queue.pop()) {
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= precision) continue;
    const half = cell.half / 2;
    for (const [dx, dy] of [
      [-1, -1],
      [1, -1],
      [-1, 1],
      [1, 1],
    ] as const) {
      queue.push(makeCell(cell.x + dx * half, cell.y + dy * half, half));
    }
  }
  return inverseMercator([best.x, best.y]);
}

/** Distance to the nearest edge, positive inside the polygon and negative outside. */
function signedDistance(x: number, y: number, rings: [number, number][][]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a === undefined || b === undefined) continue;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      minSq = Math.min(minSq, segmentDistanceSq(x, y, a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function segmentDistanceSq(px: number, py: number, a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSq = dx * dx + dy * dy;
  const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / lengthSq));
  const ex = a[0] + t * dx - px;
  const ey = a[1] + t * dy - py;
  return ex * ex + ey * ey;
}

/** Binary max-heap; ties keep insertion order irrelevant because only the best cell's value is used. */
class MaxHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly score: (item: T) => number) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.at(parent) >= this.at(i)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < items.length && this.at(left) > this.at(largest)) largest = left;
      if (right < items.length && this.at(right) > this.at(largest)) largest = right;
      if (largest === i) break;
      this.swap(i, largest);
      i = largest;
    }
    return top;
  }

  private at(index: number): number {
    const item = this.items[index];
    return item === undefined ? -Infinity : this.score(item);
  }

  private swap(i: number, j: number): void {
    const items = this.items;
    const a = items[i];
    const b = items[j];
    if (a === undefined || b === undefined) return;
    items[i] = b;
    items[j] = a;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Output

/** One feature per line keeps diffs of regenerated data readable. */
export function serialise(features: Feature[]): string {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  if (collection.features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = features.map((item) => JSON.stringify(item));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

async function reportSizes(outDir: string, log: Log): Promise<void> {
  const names = (await readdir(outDir)).sort();
  let rawTotal = 0;
  let gzipTotal = 0;
  for (const name of names) {
    const bytes = await readFile(path.join(outDir, name));
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    rawTotal += bytes.length;
    gzipTotal += gzipped;
    log(`  ${name.padEnd(20)} ${kib(bytes.length).padStart(10)} raw ${kib(gzipped).padStart(10)} gzip`);
  }
  log(`  ${'total'.padEnd(20)} ${kib(rawTotal).padStart(10)} raw ${kib(gzipTotal).padStart(10)} gzip`);
  if (gzipTotal > BASEMAP_GZIP_BUDGET) {
    throw new Error(`Basemap is ${kib(gzipTotal)} gzip, over the ${kib(BASEMAP_GZIP_BUDGET)} budget`);
  }
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const ATTRIBUTION = `# Basemap attribution

Country shapes are from [Natural Earth](https://www.naturalearthdata.com/) (Admin 0 countries, version 4.1.0,
1:10m), which is in the public domain, taken from the npm package
[world-atlas](https://github.com/topojson/world-atlas). For this atlas the shared topology was simplified for
display up to about zoom ${DETAIL_ZOOM} and the tiniest islands were dropped; map units without an ISO 3166-1 code
of their own were filed under the state ISO counts them in (Northern Cyprus and the UN buffer zone under Cyprus,
Somaliland under Somalia, Baikonur under Kazakhstan, Akrotiri and Dhekelia under the United Kingdom; Kosovo uses
the user-assigned code XK); borders and coastlines were derived from the same topology; everything was clipped to
${CLIP_BBOX.join(', ')} (west, south, east, north) and rounded to ${DECIMALS} decimals. Label points are visual
centres (poles of inaccessibility) computed by the build script.
`;

// ---------------------------------------------------------------------------------------------------------
// Country codes and names

/** ISO 3166-1 numeric → alpha-2 for every country that reaches the clip box, plus a ring of neighbours. */
const ISO_BY_NUMERIC: Readonly<Record<string, string>> = {
  '004': 'AF',
  '008': 'AL',
  '024': 'AO',
  '031': 'AZ',
  '040': 'AT',
  '048': 'BH',
  '051': 'AM',
  '070': 'BA',
  '100': 'BG',
  '108': 'BI',
  '112': 'BY',
  '120': 'CM',
  '140': 'CF',
  '148': 'TD',
  '174': 'KM',
  '178': 'CG',
  '180': 'CD',
  '191': 'HR',
  '196': 'CY',
  '231': 'ET',
  '232': 'ER',
  '262': 'DJ',
  '268': 'GE',
  '275': 'PS',
  '300': 'GR',
  '348': 'HU',
  '356': 'IN',
  '364': 'IR',
  '368': 'IQ',
  '376': 'IL',
  '380': 'IT',
  '398': 'KZ',
  '400': 'JO',
  '404': 'KE',
  '414': 'KW',
  '417': 'KG',
  '422': 'LB',
  '434': 'LY',
  '454': 'MW',
  '470': 'MT',
  '498': 'MD',
  '499': 'ME',
  '508': 'MZ',
  '512': 'OM',
  '562': 'NE',
  '586': 'PK',
  '634': 'QA',
  '642': 'RO',
  '643': 'RU',
  '646': 'RW',
  '682': 'SA',
  '688': 'RS',
  '690': 'SC',
  '703': 'SK',
  '705': 'SI',
  '706': 'SO',
  '728': 'SS',
  '729': 'SD',
  '760': 'SY',
  '762': 'TJ',
  '784': 'AE',
  '788': 'TN',
  '792': 'TR',
  '795': 'TM',
  '800': 'UG',
  '804': 'UA',
  '807': 'MK',
  '818': 'EG',
  '826': 'GB',
  '834': 'TZ',
  '860': 'UZ',
  '887': 'YE',
  '894': 'ZM',
};

/**
 * Natural Earth map units that have no ISO numeric id in world-atlas. Kosovo keeps the user-assigned code
 * XK that the EU and most data publishers use; the others are filed under the state ISO 3166 counts them in,
 * which also means no de facto line (Green Line, Somaliland) is drawn as an international border.
 */
const ISO_BY_NAME: Readonly<Record<string, string>> = {
  Kosovo: 'XK',
  'N. Cyprus': 'CY',
  'Cyprus U.N. Buffer Zone': 'CY',
  Somaliland: 'SO',
  Baikonur: 'KZ',
  Akrotiri: 'GB', // UK Sovereign Base Areas on Cyprus
  Dhekelia: 'GB',
};

function isoForWorldAtlas(numericId: string | undefined, name: string | undefined): string | undefined {
  if (numericId !== undefined && ISO_BY_NUMERIC[numericId] !== undefined) return ISO_BY_NUMERIC[numericId];
  return name === undefined ? undefined : ISO_BY_NAME[name];
}

interface CountryNames {
  /** Short English name as used in news copy (world-atlas abbreviations such as "Dem. Rep. Congo" spelled out). */
  name: string;
  /** Arabic name, given only for the region's core states. */
  ar?: string;
  /** Persian name (Persian ye and kaf, not the Arabic letters), given only for the region's core states. */
  fa?: string;
}

const COUNTRY_NAMES: Readonly<Record<string, CountryNames>> = {
  AE: { name: 'United Arab Emirates', ar: 'الإمارات', fa: 'امارات متحده عربی' },
  AF: { name: 'Afghanistan', ar: 'أفغانستان', fa: 'افغانستان' },
  AL: { name: 'Albania' },
  AM: { name: 'Armenia', ar: 'أرمينيا', fa: 'ارمنستان' },
  AO: { name: 'Angola' },
  AT: { name: 'Austria' },
  AZ: { name: 'Azerbaijan', ar: 'أذربيجان', fa: 'جمهوری آذربایجان' },
  BA: { name: 'Bosnia and Herzegovina' },
  BG: { name: 'Bulgaria' },
  BH: { name: 'Bahrain', ar: 'البحرين', fa: 'بحرین' },
  BI: { name: 'Burundi' },
  BY: { name: 'Belarus' },
  CD: { name: 'DR Congo' },
  CF: { name: 'Central African Republic' },
  CG: { name: 'Congo' },
  CM: { name: 'Cameroon' },
  CY: { name: 'Cyprus', ar: 'قبرص', fa: 'قبرس' },
  DJ: { name: 'Djibouti', ar: 'جيبوتي', fa: 'جیبوتی' },
  EG: { name: 'Egypt', ar: 'مصر', fa: 'مصر' },
  ER: { name: 'Eritrea', ar: 'إريتريا', fa: 'اریتره' },
  ET: { name: 'Ethiopia', ar: 'إثيوبيا', fa: 'اتیوپی' },
  GB: { name: 'United Kingdom' },
  GE: { name: 'Georgia', ar: 'جورجيا', fa: 'گرجستان' },
  GR: { name: 'Greece' },
  HR: { name: 'Croatia' },
  HU: { name: 'Hungary' },
  IL: { name: 'Israel', ar: 'إسرائيل', fa: 'اسرائیل' },
  IN: { name: 'India' },
  IQ: { name: 'Iraq', ar: 'العراق', fa: 'عراق' },
  IR: { name: 'Iran', ar: 'إيران', fa: 'ایران' },
  IT: { name: 'Italy' },
  JO: { name: 'Jordan', ar: 'الأردن', fa: 'اردن' },
  KE: { name: 'Kenya' },
  KG: { name: 'Kyrgyzstan' },
  KM: { name: 'Comoros' },
  KW: { name: 'Kuwait', ar: 'الكويت', fa: 'کویت' },
  KZ: { name: 'Kazakhstan' },
  LB: { name: 'Lebanon', ar: 'لبنان', fa: 'لبنان' },
  LY: { name: 'Libya' },
  MD: { name: 'Moldova' },
  ME: { name: 'Montenegro' },
  MK: { name: 'North Macedonia' },
  MT: { name: 'Malta' },
  MW: { name: 'Malawi' },
  MZ: { name: 'Mozambique' },
  NE: { name: 'Niger' },
  OM: { name: 'Oman', ar: 'عُمان', fa: 'عمان' },
  PK: { name: 'Pakistan', ar: 'باكستان', fa: 'پاکستان' },
  PS: { name: 'Palestine', ar: 'فلسطين', fa: 'فلسطین' },
  QA: { name: 'Qatar', ar: 'قطر', fa: 'قطر' },
  RO: { name: 'Romania' },
  RS: { name: 'Serbia' },
  RU: { name: 'Russia' },
  RW: { name: 'Rwanda' },
  SA: { name: 'Saudi Arabia', ar: 'السعودية', fa: 'عربستان سعودی' },
  SC: { name: 'Seychelles' },
  SD: { name: 'Sudan', ar: 'السودان', fa: 'سودان' },
  SI: { name: 'Slovenia' },
  SK: { name: 'Slovakia' },
  SO: { name: 'Somalia', ar: 'الصومال', fa: 'سومالی' },
  SS: { name: 'South Sudan' },
  SY: { name: 'Syria', ar: 'سوريا', fa: 'سوریه' },
  TD: { name: 'Chad' },
  TJ: { name: 'Tajikistan' },
  TM: { name: 'Turkmenistan', ar: 'تركمانستان', fa: 'ترکمنستان' },
  TN: { name: 'Tunisia' },
  TR: { name: 'Turkey', ar: 'تركيا', fa: 'ترکیه' },
  TZ: { name: 'Tanzania' },
  UA: { name: 'Ukraine' },
  UG: { name: 'Uganda' },
  UZ: { name: 'Uzbekistan' },
  XK: { name: 'Kosovo' },
  YE: { name: 'Yemen', ar: 'اليمن', fa: 'یمن' },
  ZM: { name: 'Zambia' },
};
