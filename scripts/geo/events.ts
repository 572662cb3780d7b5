import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { eventFeature } from '../../src/data/event-schema';
import { formatProblem, parseFeatureCollection } from '../../src/data/parse-collection';
import { placeFeature } from '../../src/data/place-schema';
import { destination } from '../../src/lib/geodesy';
import { inEnglish } from '../i18n/english';

export interface DatasetMeta {
  title: string;
  version: string;
  updated: string;
  storyWindow: { start: string; end: string };
  region: { west: number; south: number; east: number; north: number };
  license: string;
}

type RawFeature = {
  type: 'Feature';
  id: string;
  geometry: { type: string; coordinates: [number, number] };
  properties: Record<string, unknown> & {
    id: string;
    date?: string;
    time?: string;
    offset?: { from: [number, number]; distanceKm: number; bearingDeg: number };
  };
};

const round = (value: number, places = 5) => Number(value.toFixed(places));

async function readFeatureFolder(folder: string): Promise<RawFeature[]> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  const features: RawFeature[] = [];
  for (const file of files) {
    const parsed: unknown = JSON.parse(await readFile(join(folder, file), 'utf8'));
    if (!Array.isArray(parsed)) throw new Error(`${folder}/${file} must hold a JSON array of features`);
    features.push(...(parsed as RawFeature[]));
  }
  return features;
}

/** A position given only as "N km on bearing B from X" is computed here, so the point and its basis agree. */
function placeOffsetPoint(feature: RawFeature): RawFeature {
  const offset = feature.properties.offset;
  if (!offset) return feature;
  const [lon, lat] = destination(offset.from, offset.distanceKm, offset.bearingDeg);
  return { ...feature, geometry: { type: 'Point', coordinates: [round(lon), round(lat)] } };
}

const chronological = (a: RawFeature, b: RawFeature) =>
  `${a.properties.date ?? ''}T${a.properties.time ?? '99:99'}`.localeCompare(
    `${b.properties.date ?? ''}T${b.properties.time ?? '99:99'}`,
  ) || a.id.localeCompare(b.id);

/** One feature a line keeps diffs of the published files readable in review. */
export function featureCollectionText(features: unknown[], meta: Record<string, unknown> = {}): string {
  const head = JSON.stringify({ type: 'FeatureCollection', ...meta }).slice(0, -1);
  return `${head},"features":[\n${features.map((feature) => JSON.stringify(feature)).join(',\n')}\n]}\n`;
}

/**
 * The atlas leaves out, record by record, whatever its schema refuses (a note over 800 characters, say), so a
 * record published past the schema would vanish from the map with only a notice to show for it. Nothing is
 * written until every record passes.
 */
function refuseInvalid(folder: string, file: 'events' | 'places', features: RawFeature[]): void {
  const collection = { type: 'FeatureCollection', features };
  const { problems } =
    file === 'events'
      ? parseFeatureCollection(collection, eventFeature, file)
      : parseFeatureCollection(collection, placeFeature, file);
  if (!problems.length) return;
  const lines = problems.map((problem) => `  ${inEnglish(formatProblem(problem))}`);
  throw new Error(
    `${folder}: the atlas would leave out these records, so nothing was written:\n${lines.join('\n')}`,
  );
}

export async function buildStoryData(dataDir: string, outDir: string): Promise<void> {
  const meta = JSON.parse(await readFile(join(dataDir, 'dataset.json'), 'utf8')) as DatasetMeta;
  const stamp = { title: meta.title, version: meta.version, updated: meta.updated, license: meta.license };

  const events = (await readFeatureFolder(join(dataDir, 'events'))).map(placeOffsetPoint).sort(chronological);
  const places = (await readFeatureFolder(join(dataDir, 'places'))).sort((a, b) => a.id.localeCompare(b.id));
  refuseInvalid(join(dataDir, 'events'), 'events', events);
  refuseInvalid(join(dataDir, 'places'), 'places', places);
  await writeFile(join(outDir, 'events.geojson'), featureCollectionText(events, stamp));

  await writeFile(join(outDir, 'places.geojson'), featureCollectionText(places, stamp));

  const actors = JSON.parse(await readFile(join(dataDir, 'actors.json'), 'utf8')) as { actors: unknown[] };
  await writeFile(
    join(outDir, 'actors.json'),
    `${JSON.stringify({ ...stamp, actors: actors.actors }, null, 2)}\n`,
  );

  console.log(`events: ${events.length}, places: ${places.length}, actors: ${actors.actors.length}`);
}
