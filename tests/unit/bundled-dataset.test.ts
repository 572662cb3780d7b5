// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventFeature, type EventFeature } from '../../src/data/event-schema';
import { parseFeatureCollection } from '../../src/data/parse-collection';
import { placeFeature, type PlaceFeature } from '../../src/data/place-schema';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = async (file: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(root, file), 'utf8'));

let events: EventFeature[] = [];
let places: PlaceFeature[] = [];
let version: string | undefined;
const byId = (id: string) => events.find((event) => event.id === id)?.properties;

beforeAll(async () => {
  const parsedEvents = parseFeatureCollection(
    await readJson('public/geo/events.geojson'),
    eventFeature,
    'events',
  );
  events = parsedEvents.features;
  version = parsedEvents.version;
  places = parseFeatureCollection(
    await readJson('public/geo/places.geojson'),
    placeFeature,
    'places',
  ).features;
});

// The coverage the story promises its readers; a regenerated or edited dataset must keep it.
describe('the bundled dataset', () => {
  it('carries the version and date of data/dataset.json', async () => {
    const meta = (await readJson('data/dataset.json')) as { version: string };
    expect(version).toBe(meta.version);
  });

  it('covers each incident the story is built on', () => {
    for (const id of [
      'k1-air-base-rocket-attack-2019',
      'us-airstrikes-kataib-hezbollah-iraq-2019',
      'us-airstrikes-kataib-hezbollah-syria-2019',
      'us-embassy-baghdad-attack-2019',
      'soleimani-drone-strike-2020',
      'kerman-funeral-crowd-crush-2020',
      'iran-missile-strike-al-asad-2020',
      'iran-missile-strike-erbil-2020',
      'ps752-shootdown-2020',
      'al-asad-drone-attack-2023-10-18',
      'harir-drone-attack-2023-10-18',
      'al-tanf-drone-attack-2023-10-18',
      'us-forces-iraq-syria-attack-count-2023',
      'galaxy-leader-seizure-2023',
      'operation-prosperity-guardian-launch-2023',
      'kerman-twin-blasts-2024',
      'islamic-state-claims-kerman-bombing-2024',
      'abu-taqwa-drone-strike-baghdad-2024',
    ]) {
      expect(byId(id), id).toBeDefined();
    }
    expect(events.length).toBeGreaterThanOrEqual(55);
  });

  it('keeps the embassy siege as a two-day event', () => {
    expect(byId('us-embassy-baghdad-attack-2019')).toMatchObject({
      date: '2019-12-31',
      endDate: '2020-01-01',
    });
  });

  it('shows how the Kerman toll was revised, each figure with its source', () => {
    const blasts = byId('kerman-twin-blasts-2024');
    const figures = blasts?.casualtyRevisions?.map((revision) => revision.killed);
    expect(figures).toEqual(expect.arrayContaining([103, 95, 84, 89, 91]));
    expect(blasts?.casualtyRevisions?.every((revision) => revision.source.length > 0)).toBe(true);
    expect(blasts?.related).toContain('islamic-state-claims-kerman-bombing-2024');
  });

  it('records the claim apart from the attack, without counting the dead twice', () => {
    const claim = byId('islamic-state-claims-kerman-bombing-2024');
    expect(claim).toMatchObject({ date: '2024-01-04', category: 'claim', thread: 'kerman-2024' });
    expect(claim?.killed).toBeUndefined();
  });

  it('gives the running count of attacks on US forces with its as-of dates', () => {
    const tallies = byId('us-forces-iraq-syria-attack-count-2023')?.attackCount ?? [];
    expect(tallies.length).toBeGreaterThan(5);
    expect(tallies.map((tally) => tally.asOf)).toEqual([...tallies.map((tally) => tally.asOf)].sort());
  });

  it('places the five capitals and the chokepoints with a kind and a precision', () => {
    const place = (id: string) => places.find((feature) => feature.id === id)?.properties;
    for (const id of ['tehran', 'baghdad', 'damascus', 'beirut', 'sanaa']) {
      expect(place(id)?.kind, id).toBe('capital');
    }
    for (const id of ['bab-el-mandeb', 'suez-canal', 'strait-of-hormuz']) {
      expect(place(id)?.kind, id).toBe('chokepoint');
    }
    for (const id of [
      'kerman',
      'baghdad-international-airport',
      'hodeidah',
      'al-asad-airbase',
      'al-tanf-garrison',
    ]) {
      expect(place(id)?.precisionKm, id).toBeGreaterThan(0);
    }
  });

  it('keeps the records a wire editor asked for, each placed honestly', () => {
    expect(
      events.find((event) => event.id === 'carney-shoots-down-yemen-missiles-2023-10-19')?.geometry,
    ).toBeNull();
    expect(byId('october-7-attack-and-gaza-war-2023')).toMatchObject({ kind: 'context' });
    expect(byId('october-7-attack-and-gaza-war-2023')?.thread).toBeUndefined();
    const iranAfterKerman = [
      'irgc-missile-strike-erbil-2024',
      'irgc-missile-strike-idlib-2024',
      'iran-strikes-jaish-al-adl-pakistan-2024',
      'pakistan-strikes-saravan-iran-2024',
    ];
    for (const id of iranAfterKerman) {
      expect(byId(id)?.related).toEqual(
        expect.arrayContaining(iranAfterKerman.filter((other) => other !== id)),
      );
    }
    expect(byId('soleimani-drone-strike-2020')?.statements?.map((said) => said.quote)).toEqual([
      expect.stringContaining('stop a war'),
      expect.stringContaining('tantamount to opening a war'),
    ]);
  });
});
