import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { filter } from 'topojson-simplify';
import { clipPolygons } from './clip';
import { isoOf, requireIso } from './country-codes';
import { areaGeometries, polygonsOf, type CountryTopology } from './topology';

/**
 * 1:10m rather than 1:50m: only 10m has Kharg, Kish, Abu Musa, Hormuz, Larak, Perim and Failaka, islands
 * the story's maritime incidents name, and simplified to DETAIL_ZOOM it still fits the budget (~385 KB gzip
 * against ~115 KB for 50m).
 */
export const SOURCE_FILE = 'world-atlas/countries-10m.json';

/** Step 1: Natural Earth's countries, keeping only those that reach the clip box, each whole. */
export async function loadRegionTopology(): Promise<CountryTopology> {
  const require = createRequire(import.meta.url);
  const world = JSON.parse(await readFile(require.resolve(SOURCE_FILE), 'utf8')) as CountryTopology;

  // Deciding membership by ISO code (not by geometry) keeps a country whole: the UK must not be reduced to
  // its bases on Cyprus, or its label would be placed there.
  const wanted = new Set<string>();
  for (const geometry of areaGeometries(world)) {
    if (clipPolygons(polygonsOf(world, geometry)).length > 0) wanted.add(requireIso(geometry));
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
