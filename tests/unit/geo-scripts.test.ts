// @vitest-environment node
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBasemap } from '../../scripts/geo/basemap.ts';
import { buildLanes } from '../../scripts/geo/lanes.ts';

const CORE_COUNTRIES = ['IR', 'IQ', 'YE', 'SY', 'LB', 'SA'];
const BAB_EL_MANDEB: Position = [43.4, 12.6];
const STRAIT_OF_HORMUZ: Position = [56.4, 26.5];

let workDir = '';
let basemapDir = '';
let lanesFile = '';

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'flashpoint-geo-'));
  basemapDir = path.join(workDir, 'basemap');
  lanesFile = path.join(workDir, 'lanes.geojson');
  await buildBasemap(basemapDir, { log: () => {} });
  await buildLanes(lanesFile);
}, 30_000);

afterAll(async () => {
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

async function readCollection(file: string): Promise<FeatureCollection> {
  return JSON.parse(await readFile(file, 'utf8')) as FeatureCollection;
}

function byIso(collection: FeatureCollection, iso: string): Feature | undefined {
  return collection.features.find((item) => item.properties?.iso === iso);
}

describe('buildBasemap', () => {
  it('writes polygons for the core countries, keyed by ISO alpha-2', async () => {
    const countries = await readCollection(path.join(basemapDir, 'countries.geojson'));
    for (const iso of CORE_COUNTRIES) {
      const country = byIso(countries, iso);
      expect(country, iso).toBeDefined();
      expect(['Polygon', 'MultiPolygon']).toContain(country?.geometry.type);
      expect(country?.id).toBe(iso);
      expect(typeof country?.properties?.name).toBe('string');
    }
    expect(byIso(countries, 'IR')?.properties?.name).toBe('Iran');
  });

  it('places one label per core country, inside that country', async () => {
    const countries = await readCollection(path.join(basemapDir, 'countries.geojson'));
    const labels = await readCollection(path.join(basemapDir, 'labels.geojson'));
    for (const iso of CORE_COUNTRIES) {
      const matches = labels.features.filter((item) => item.properties?.iso === iso);
      expect(matches, iso).toHaveLength(1);
      const label = matches[0] as Feature<Point>;
      const country = byIso(countries, iso);
      expect(country && insideArea(label.geometry.coordinates, country), `${iso} label inside`).toBe(true);
      expect(label.properties?.rank).toBeGreaterThanOrEqual(1);
    }
  });

  it('ranks labels by size, biggest first', async () => {
    const labels = await readCollection(path.join(basemapDir, 'labels.geojson'));
    const rankOf = (iso: string) => Number(byIso(labels, iso)?.properties?.rank);
    expect(rankOf('SA')).toBeLessThan(rankOf('IQ'));
    expect(rankOf('IQ')).toBeLessThan(rankOf('LB'));
  });

  it('derives borders and coastlines as lines', async () => {
    const borders = await readCollection(path.join(basemapDir, 'borders.geojson'));
    const coastlines = await readCollection(path.join(basemapDir, 'coastlines.geojson'));
    expect(borders.features.some((item) => item.id === 'IQ-IR')).toBe(true);
    for (const item of [...borders.features, ...coastlines.features]) {
      expect(['LineString', 'MultiLineString']).toContain(item.geometry.type);
    }
  });

  it('stays within the 600 KB gzip budget', async () => {
    let total = 0;
    for (const name of await readdir(basemapDir)) {
      total += gzipSync(await readFile(path.join(basemapDir, name)), { level: 9 }).length;
    }
    expect(total).toBeLessThanOrEqual(600 * 1024);
  });
});

describe('buildLanes', () => {
  it('routes Suez to the Gulf of Aden through Bab el-Mandeb', async () => {
    const lane = await readLane('suez-red-sea-aden');
    expect(lane.geometry.coordinates[0]?.[1]).toBeGreaterThan(29.5);
    expect(distanceToLineKm(BAB_EL_MANDEB, lane.geometry.coordinates)).toBeLessThan(60);
    expect(lane.properties?.kind).toBe('shipping-lane');
    expect(lane.properties?.lengthKm).toBeGreaterThan(2500);
  });

  it('routes the Hormuz approach through the strait', async () => {
    const lane = await readLane('hormuz-approach');
    expect(distanceToLineKm(STRAIT_OF_HORMUZ, lane.geometry.coordinates)).toBeLessThan(60);
  });

  async function readLane(id: string): Promise<Feature<LineString>> {
    const lanes = await readCollection(lanesFile);
    const lane = lanes.features.find((item) => item.properties?.id === id);
    expect(lane, id).toBeDefined();
    expect(lane?.geometry.type).toBe('LineString');
    return lane as Feature<LineString>;
  }
});

// Small geometry helpers, written for the test so it does not trust the code under test.

function insideArea(point: Position, area: Feature): boolean {
  const geometry = area.geometry;
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  return polygons.some(([outer, ...holes]) => {
    return outer !== undefined && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole));
  });
}

function insideRing([x = NaN, y = NaN]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Samples each segment about every kilometre; plenty for a 60 km tolerance. */
function distanceToLineKm(point: Position, line: Position[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] ?? [];
    const b = line[i] ?? [];
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    const steps = Math.max(1, Math.ceil(greatCircleKm(a, b)));
    for (let k = 0; k <= steps; k++) {
      const t = k / steps;
      best = Math.min(best, greatCircleKm(point, [ax + (bx - ax) * t, ay + (by - ay) * t]));
    }
  }
  return best;
}

function greatCircleKm([lon1 = 0, lat1 = 0]: Position, [lon2 = 0, lat2 = 0]: Position): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
