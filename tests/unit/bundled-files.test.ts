// @vitest-environment node
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { CHECK_BUNDLED_DATA, checkBundledData } from '../../scripts/build/check-bundled-data';
import { BUNDLED_FILES, trusted } from '../../src/data/bundled-files';
import { checkEvents } from '../../src/data/dataset-checks';
import { eventFeature } from '../../src/data/event-schema';
import { parseFeatureCollection, parseFeatureCollectionInSlices } from '../../src/data/parse-collection';
import { actorsFile, laneFeature, placeFeature } from '../../src/data/place-schema';
import { storyFile } from '../../src/data/story-schema';
import { changelogFile } from '../../src/data/changelog-schema';
import appConfig from '../../vite.config';
import embedConfig from '../../vite.embed.config';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = async (file: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(root, 'public', file), 'utf8'));

describe('the files shipped with the build, which the page reads without validating them', () => {
  it('read as they are, give what the validators would', async () => {
    const collections = [
      ['geo/events.geojson', eventFeature, 'events'],
      ['geo/places.geojson', placeFeature, 'places'],
      ['geo/lanes.geojson', laneFeature, 'lanes'],
    ] as const;
    for (const [file, schema, kind] of collections) {
      const json = await readJson(file);
      // Every field the schema reads, with the same value; fields it drops (a lane's routing ends) may remain.
      expect(trusted.parseFeatureCollection(json, schema as never, kind)).toMatchObject(
        parseFeatureCollection(json, schema as never, kind),
      );
      expect(await trusted.parseFeatureCollectionInSlices(json, schema as never, kind)).toMatchObject(
        await parseFeatureCollectionInSlices(json, schema as never, kind),
      );
    }
    const events = parseFeatureCollection(await readJson('geo/events.geojson'), eventFeature, 'events');
    expect(checkEvents(events.features)).toEqual(trusted.checkEvents(events.features));

    const story = await readJson('geo/story.json');
    expect(trusted.safeParse(storyFile, story)).toEqual(safeParse(storyFile, story));
    // The page reads the actors' list alone; the file's title and licence are for people.
    const actors = await readJson('geo/actors.json');
    expect(trusted.safeParse(actorsFile, actors).data?.actors).toEqual(
      safeParse(actorsFile, actors).data?.actors,
    );
    const changelog = await readJson('geo/changelog.json');
    expect(trusted.safeParse(changelogFile, changelog)).toEqual(safeParse(changelogFile, changelog));
    expect([...BUNDLED_FILES].sort()).toEqual([
      'geo/actors.json',
      'geo/changelog.json',
      'geo/events.geojson',
      'geo/lanes.geojson',
      'geo/places.geojson',
      'geo/story.json',
    ]);
  });

  it('are checked by every build of a page that reads them', () => {
    for (const config of [appConfig, embedConfig]) {
      const names = (config.plugins ?? []).flat().map((plugin) => (plugin as { name?: string })?.name);
      expect(names).toContain(CHECK_BUNDLED_DATA);
    }
  });

  it('stop the build when they do not pass npm run validate-data', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'atlas-bundled-'));
    const broken = path.join(folder, 'events.geojson');
    const events = (await readJson('geo/events.geojson')) as { features: { properties: object }[] };
    events.features[0]!.properties = { ...events.features[0]!.properties, date: '3 January 2024' };
    await writeFile(broken, JSON.stringify(events));
    const fail = (message: string) => {
      throw new Error(message);
    };
    const check = (args: string[]) =>
      (checkBundledData(args).buildStart as (this: unknown) => Promise<void>).call({ error: fail });
    await expect(check([broken])).rejects.toThrow(/does not pass npm run validate-data[\s\S]*date/);
    await expect(check([])).resolves.toBeUndefined();
  }, 60_000);
});
