import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CATEGORIES, THREADS } from '../../src/data/vocabulary';
import { seededRandom } from './stats';

/** The story's frame, as in data/dataset.json: events land where and when the story happens. */
export const STORY = {
  start: Date.UTC(2019, 11, 1),
  end: Date.UTC(2024, 0, 31),
  west: 33,
  east: 60,
  south: 12,
  north: 39,
};

const PRECISION_KM = [0.5, 2, 8, 25];

/** A dataset with the bundled one's schema: every required field, one source, no optional extras. */
export function syntheticEvents(count: number, seed = 2024) {
  // Seeded, so every run of the benchmark draws the same points.
  const next = seededRandom(seed + count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const features = Array.from({ length: count }, (_, index) => {
    const id = `synthetic-${index + 1}`;
    const date = new Date(STORY.start + next() * (STORY.end - STORY.start)).toISOString().slice(0, 10);
    const lon = STORY.west + next() * (STORY.east - STORY.west);
    const lat = STORY.south + next() * (STORY.north - STORY.south);
    return {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [Number(lon.toFixed(4)), Number(lat.toFixed(4))] },
      properties: {
        id,
        title: `Synthetic incident ${index + 1}`,
        date,
        category: pick(CATEGORIES),
        thread: pick(THREADS),
        place: 'Benchmark place',
        country: 'IQ',
        precision: 'city',
        precisionKm: pick(PRECISION_KM),
        summary: 'A generated incident for the benchmark.',
        sources: [{ title: 'Benchmark', publisher: 'Flashpoint Atlas', url: 'https://example.org/bench' }],
      },
    };
  });
  return { type: 'FeatureCollection', title: `Synthetic benchmark dataset (${count})`, features };
}

/** Writes events-<count>.geojson files under dir; returns their paths relative to dir's parent. */
export async function writeSyntheticDatasets(
  root: string,
  counts: readonly number[],
): Promise<Map<number, string>> {
  await mkdir(join(root, 'bench-data'), { recursive: true });
  const paths = new Map<number, string>();
  for (const count of counts) {
    const path = `bench-data/events-${count}.geojson`;
    await writeFile(join(root, path), JSON.stringify(syntheticEvents(count)));
    paths.set(count, path);
  }
  return paths;
}
