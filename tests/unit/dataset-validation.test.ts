// @vitest-environment node
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkEvents, checkPlaces, type StoryBounds } from '../../src/data/dataset-checks';
import { eventFeature } from '../../src/data/event-schema';
import {
  DatasetError,
  formatProblem,
  parseFeatureCollection,
  parseFeatureCollectionInSlices,
} from '../../src/data/parse-collection';
import { inEnglish } from '../../scripts/i18n/english';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'tests/fixtures', name);
const run = promisify(execFile);

async function readBounds(): Promise<StoryBounds> {
  return JSON.parse(await readFile(path.join(root, 'data/dataset.json'), 'utf8')) as StoryBounds;
}

async function problemsInBadFixture(): Promise<string[]> {
  const json: unknown = JSON.parse(await readFile(fixture('bad-events.geojson'), 'utf8'));
  const parsed = parseFeatureCollection(json, eventFeature, 'events');
  return [...parsed.problems, ...checkEvents(parsed.features, await readBounds())].map((problem) =>
    inEnglish(formatProblem(problem)),
  );
}

/** Runs the real command-line validator, as a newsroom would, and keeps its exit code. */
async function validateFile(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/validate-data.ts', file],
      {
        cwd: root,
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('a newsroom checking a broken dataset', () => {
  it('is told which event has a plain http source, and where', async () => {
    expect(await problemsInBadFixture()).toContain(
      '"plain-http-source": properties.sources[0].url must be an https:// URL.',
    );
  });

  it('is told which event falls outside the story window', async () => {
    expect(await problemsInBadFixture()).toContain(
      `"before-the-story": properties.date is 2019-06-01, outside the story's window (2019-12-01 to 2024-01-31).`,
    );
  });

  it('is told which event lies outside the region, with its coordinate', async () => {
    const problems = await problemsInBadFixture();
    expect(problems).toContain(
      '"outside-the-region": geometry.coordinates is [100.5, 13.75], outside the story region (longitude 20 to 65, latitude -5 to 45).',
    );
  });

  it('is told which event names a related id that does not exist', async () => {
    expect(await problemsInBadFixture()).toContain(
      '"dangling-related": properties.related names "no-such-event", which is not an event in this dataset.',
    );
  });

  it('is told when two events share an id', async () => {
    expect(await problemsInBadFixture()).toContain(`"valid-event": id duplicates an earlier feature's id.`);
  });

  it('still gets the valid events back', async () => {
    const json: unknown = JSON.parse(await readFile(fixture('bad-events.geojson'), 'utf8'));
    const parsed = parseFeatureCollection(json, eventFeature, 'events');
    expect(parsed.features.map((feature) => feature.id)).toContain('valid-event');
    expect(parsed.version).toBe('0.0.1');
  });

  it('gets one clear message for a file that is not a FeatureCollection', async () => {
    const json: unknown = JSON.parse(await readFile(fixture('not-a-collection.json'), 'utf8'));
    let thrown: unknown;
    try {
      parseFeatureCollection(json, eventFeature, 'events');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DatasetError);
    expect(inEnglish((thrown as DatasetError).problem!)).toBe(
      'The incident data must be a GeoJSON FeatureCollection with a "features" array.',
    );
  });
});

describe('a large file checked in slices, so the map keeps drawing', () => {
  it('finds the same events and problems as checking it at once', async () => {
    const json: unknown = JSON.parse(await readFile(fixture('bad-events.geojson'), 'utf8'));
    const atOnce = parseFeatureCollection(json, eventFeature, 'events');
    const inSlices = await parseFeatureCollectionInSlices(json, eventFeature, 'events', undefined, 0);
    expect(inSlices).toEqual(atOnce);
  });

  it('stops when the reader has moved on to another file', async () => {
    const json: unknown = JSON.parse(await readFile(fixture('bad-events.geojson'), 'utf8'));
    const moved = new AbortController();
    const checking = parseFeatureCollectionInSlices(json, eventFeature, 'events', moved.signal, 0);
    moved.abort();
    await expect(checking).rejects.toThrow();
  });
});

describe('places', () => {
  it('reports a place whose coordinates were swapped into [lat, lon]', async () => {
    const { region } = await readBounds();
    const problems = checkPlaces([{ id: 'kerman', geometry: { coordinates: [30.27861, 57.06944] } }], region);
    expect(problems.map((problem) => inEnglish(formatProblem(problem)))).toEqual([
      '"kerman": geometry.coordinates is [30.27861, 57.06944], outside the story region (longitude 20 to 65, latitude -5 to 45).',
    ]);
  });
});

describe('npm run validate-data <file>', () => {
  it('exits non-zero and prints every problem with its id and path', async () => {
    const { code, output } = await validateFile('tests/fixtures/bad-events.geojson');
    expect(code).toBe(1);
    const bad = 'tests/fixtures/bad-events.geojson';
    expect(output.trim().split('\n')).toEqual([
      `${bad}: "plain-http-source": properties.sources[0].url must be an https:// URL.`,
      `${bad}: "valid-event": id duplicates an earlier feature's id.`,
      `${bad}: "before-the-story": properties.date is 2019-06-01, outside the story's window (2019-12-01 to 2024-01-31).`,
      `${bad}: "outside-the-region": geometry.coordinates is [100.5, 13.75], outside the story region (longitude 20 to 65, latitude -5 to 45).`,
      `${bad}: "dangling-related": properties.related names "no-such-event", which is not an event in this dataset.`,
      '5 problems found.',
    ]);
  }, 30_000);

  it('exits non-zero with one message for a file that is not a FeatureCollection', async () => {
    const { code, output } = await validateFile('tests/fixtures/not-a-collection.json');
    expect(code).toBe(2);
    expect(output.trim()).toBe(
      'tests/fixtures/not-a-collection.json: The incident data must be a GeoJSON FeatureCollection with a "features" array.',
    );
  }, 30_000);

  it('refuses every source link the app refuses in the same file', async () => {
    const { code, output } = await validateFile('tests/fixtures/hostile/bad-urls.geojson');
    expect(code).toBe(1);
    for (const id of [
      'source-space-in-host',
      'source-bad-punycode',
      'source-trailing-space',
      'source-plain-http',
    ]) {
      expect(output).toContain(`"${id}": properties.sources[0].url must`);
    }
    expect(output).not.toContain('"source-all-good"');
  }, 30_000);

  it('passes the bundled dataset', async () => {
    const { code, output } = await validateFile('public/geo/events.geojson');
    expect(output).toContain('The dataset is valid.');
    expect(code).toBe(0);
  }, 30_000);
});
