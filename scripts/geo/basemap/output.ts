import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { BUDGETS, gzipSize } from '../../size-budget.mjs';

/** One feature per line keeps diffs of regenerated data readable. */
export function serialise(features: Feature[]): string {
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  if (collection.features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = features.map((item) => JSON.stringify(item));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** 1 KB = 1000 bytes, as Vite and scripts/size-budget.mjs print them. */
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * Prints each file's size and fails over budget. The budget and the way it is measured (gzip of the .geojson
 * files) are size-budget.mjs's own, so the two checks cannot disagree.
 */
export async function reportSizes(outDir: string, log: (line: string) => void): Promise<void> {
  const names = (await readdir(outDir)).sort();
  let rawTotal = 0;
  let gzipTotal = 0;
  for (const name of names) {
    const bytes = await readFile(path.join(outDir, name));
    const gzipped = gzipSize(bytes);
    rawTotal += bytes.length;
    if (name.endsWith('.geojson')) gzipTotal += gzipped;
    log(`  ${name.padEnd(20)} ${kb(bytes.length).padStart(10)} raw ${kb(gzipped).padStart(10)} gzip`);
  }
  log(
    `  ${'total'.padEnd(20)} ${kb(rawTotal).padStart(10)} raw ${kb(gzipTotal).padStart(10)} gzip (GeoJSON)`,
  );
  if (gzipTotal > BUDGETS.basemap) {
    throw new Error(`Basemap is ${kb(gzipTotal)} gzip, over the ${kb(BUDGETS.basemap)} budget`);
  }
}
