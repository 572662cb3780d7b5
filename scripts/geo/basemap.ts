/**
 * Builds the regional basemap (public/geo/basemap) from Natural Earth, as redistributed by npm `world-atlas`,
 * in steps of one file each under basemap/: load the countries that reach the clip box → simplify the shared
 * topology → merge map units into their de jure state → derive countries, borders, coastlines and label
 * points → name the seas from the coastline and the cities from GeoNames → write one feature per line and check
 * the size budget.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ATTRIBUTION } from './basemap/attribution';
import { borderFeatures } from './basemap/borders';
import { cityFeatures } from './basemap/cities';
import { coastlineFeatures } from './basemap/coastlines';
import { countryFeatures } from './basemap/countries';
import { labelFeatures } from './basemap/labels';
import { loadRegionTopology } from './basemap/load-topology';
import { mergeByIso } from './basemap/merge-by-iso';
import { reportSizes, serialise } from './basemap/output';
import { seaLabelFeatures } from './basemap/sea-labels';
import { simplifyTopology } from './basemap/simplify';

export { CLIP_BBOX, REGION_BBOX } from './basemap/region';
export { roundCoordinate } from './basemap/rounding';
export { serialise };

export interface BuildBasemapOptions {
  /** Where progress and the size table go; defaults to the console. */
  log?: (line: string) => void;
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
    'seas.geojson': serialise(seaLabelFeatures(topology, countries)),
    'cities.geojson': serialise(cityFeatures()),
    'ATTRIBUTION.md': ATTRIBUTION,
  };

  await mkdir(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    await writeFile(path.join(outDir, name), text);
  }
  await reportSizes(outDir, log);
}
