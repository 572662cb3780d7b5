import { cp, mkdir, rm, rmdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openAtlas, type Atlas } from './driver';
import { writeGeneratedFixtures } from './hostile-files';
import { LAYER } from '../../src/map/layers/ids';

// Served from the build under test (the same origin, the same ?data= path a newsroom uses), removed afterwards.
const root = resolve(inject('buildRoot'));
const served = resolve(root, 'fixtures/hostile');

/** What must never happen, whatever the file: a script runs, a dialog opens, markup becomes elements. */
async function expectNothingRan(atlas: Atlas) {
  expect(await atlas.pageSafety()).toEqual({
    hostile: null,
    images: 0,
    inlineScripts: 0,
    handlers: 0,
    unsafeLinks: [],
  });
  expect(atlas.dialogs).toEqual([]);
  expect(atlas.consoleErrors).toEqual([]);
  expect(atlas.foreignRequests()).toEqual([]);
  // <img src=x> rendered as markup would have asked the server for /x.
  expect(atlas.requests.filter((url) => new URL(url).pathname.endsWith('/x'))).toEqual([]);
}

/** SHOTS_DIR=/tmp/x keeps a picture of each message, to look at before calling a change done. */
const snap = (atlas: Atlas, name: string) => atlas.screenshot(`hostile-${name}`);

describe('a newsroom dataset that is hostile or broken', () => {
  const open = (file: string) => openAtlas({ path: `?data=fixtures/hostile/${file}` });

  beforeAll(async () => {
    await rm(served, { recursive: true, force: true });
    await mkdir(served, { recursive: true });
    await cp('tests/fixtures/hostile', served, { recursive: true });
    await writeGeneratedFixtures(served);
  }, 120_000);
  afterAll(async () => {
    await rm(served, { recursive: true, force: true });
    await rmdir(resolve(root, 'fixtures')).catch(() => undefined);
  });

  it('shows markup in every text field as text, and runs none of it', async () => {
    const atlas = await open('markup-everywhere.geojson');
    await atlas.waitForList();
    expect(await atlas.rowTitles()).toEqual([
      'Title <img src=x onerror="window.__hostile=1;alert(1)"><script>window.__hostile=1;alert(2)</script>',
      'A neighbour with <b>bold</b> & "quotes"',
    ]);
    await atlas.openFirstIncident();
    const text = await atlas.detailText();
    for (const field of [
      'Perpetrator',
      'Claimed',
      'Attributed',
      'Target',
      'Summary',
      'Source title',
      'Publisher',
    ]) {
      expect(text).toContain(`${field} <img src=x onerror=`);
    }
    await snap(atlas, 'markup');
    // The quote cannot close the attribute: the whole string stays one https URL.
    expect(await atlas.sourceLinkShape(/Source title/)).toEqual(['https:', 1]);
    await atlas.waitForMapIdle();
    await expectNothingRan(atlas);
  });

  it.each([
    [45, { width: 1280, height: 800 }],
    [1000, { width: 1280, height: 800 }],
    [1000, { width: 390, height: 844 }],
  ])(
    'fits a timeline of %i separate bursts into a %o page, and says which quiet spells it drew to scale',
    async (count, viewport) => {
      const atlas = await openAtlas({ path: `?data=fixtures/hostile/bursts-${count}.geojson`, viewport });
      await atlas.waitForList();
      await atlas.waitForText(/quiet spells are drawn to scale/);
      expect(await atlas.overflow()).toEqual({ page: 0, timeline: 0 });
      expect(await atlas.timelineNote()).toMatch(/^\d+ quiet spells are drawn to scale, not cut out/);
      await snap(atlas, `bursts-${count}-${viewport.width}`);
      expect(await atlas.alerts()).toEqual([]);
      expect(atlas.consoleErrors).toEqual([]);
    },
  );

  it('draws the first and last days the schema accepts, and their UTC moment in the year 10000', async () => {
    const atlas = await open('far-dates.geojson');
    await atlas.waitForList();
    expect(await atlas.rowTitles()).toHaveLength(3);
    expect(await atlas.timelineDescription()).toMatch(/between 1 Jan 1 and 31 Dec 9999/);
    await atlas.openIncident('On the last day');
    expect(await atlas.detailText()).toMatch(/31 December 9999/);
    expect(await atlas.detailText()).toMatch(/04:00 UTC on 1 Jan 10000/);
    await snap(atlas, 'far-dates');
    expect(await atlas.alerts()).toEqual([]);
    await expectNothingRan(atlas);
  });

  it('refuses javascript:, data: and other non-https source links, naming each feature and field', async () => {
    const atlas = await open('bad-urls.geojson');
    await atlas.waitForList();
    expect(await atlas.rowTitles()).toEqual(['The one with good sources']);
    const listed = await atlas.dataProblems();
    for (const id of [
      'source-javascript',
      'source-javascript-caps',
      'source-javascript-spaced',
      'source-data',
      'source-vbscript',
      'source-plain-http',
      'source-protocol-relative',
      'source-bad-punycode',
    ]) {
      expect(listed).toContain(`"${id}": properties.sources[0].url must be an https:// URL.`);
    }
    // Chromium's own URL parser would take these two; the shared rule (src/data/source-url.ts) does not.
    for (const id of ['source-space-in-host', 'source-trailing-space']) {
      expect(listed).toContain(
        `"${id}": properties.sources[0].url must not contain spaces or invisible characters.`,
      );
    }
    expect(listed).toContain('"source-second-bad": properties.sources[1].url must be an https:// URL.');
    await snap(atlas, 'bad-urls');
    await expectNothingRan(atlas);
  });

  it('leaves out NaN, infinite, out-of-range and missing coordinates, and draws the rest', async () => {
    const atlas = await open('bad-coordinates.geojson');
    await atlas.waitForList();
    expect(await atlas.rowTitles()).toEqual(['The one in the right place']);
    const listed = (await atlas.dataProblems()).join('\n');
    expect(listed).toContain(
      '"coords-lon-out": geometry.coordinates[0] is a longitude, which must be between -180 and 180.',
    );
    expect(listed).toContain(
      '"coords-lat-out": geometry.coordinates[1] is a latitude, which must be between -90 and 90.',
    );
    for (const id of ['coords-nan-strings', 'coords-infinity-string', 'coords-huge', 'coords-nulls']) {
      expect(listed).toContain(`"${id}": geometry.coordinates[0] `);
    }
    for (const id of ['coords-short', 'coords-no-geometry', 'coords-polygon']) {
      expect(listed).toContain(`"${id}": geometry`);
    }
    await atlas.waitForMapIdle();
    const drawn = [
      ...(await atlas.renderedFeatures(LAYER.eventPointsClustered)),
      ...(await atlas.renderedFeatures(LAYER.eventPoints)),
    ];
    expect(drawn.map((feature) => feature.id)).toEqual(['coords-fine']);
    await expectNothingRan(atlas);
  });

  it('names the feature and field of each wrong type, and keeps the right one', async () => {
    const atlas = await open('wrong-types.geojson');
    await atlas.waitForList();
    expect(await atlas.rowTitles()).toEqual(['The one with the right types']);
    const listed = (await atlas.dataProblems()).join('\n');
    for (const [id, field] of [
      ['types-title-number', 'properties.title'],
      ['types-date-number', 'properties.date'],
      ['types-killed-text', 'properties.killed'],
      ['types-sources-string', 'properties.sources'],
      ['types-category-unknown', 'properties.category'],
      ['someone-else', 'id must equal'],
      ['types-properties-array', 'properties'],
    ]) {
      expect(listed).toContain(`"${id}": ${field} `);
    }
    for (const index of [8, 9, 10]) expect(listed).toContain(`Feature #${index}: `);
    await snap(atlas, 'wrong-types');
    await expectNothingRan(atlas);
  });

  it('keeps the first of two features sharing an id and names the second', async () => {
    const atlas = await open('duplicate-ids.geojson');
    await atlas.waitForList();
    expect((await atlas.rowTitles()).sort()).toEqual(['The first twin', 'The only single']);
    expect(await atlas.dataProblems()).toEqual(['"twin": id duplicates an earlier feature\'s id.']);
    await expectNothingRan(atlas);
  });

  it('says a record’s problem in the reader’s language, from the catalogue', async () => {
    const atlas = await openAtlas({ path: '?data=fixtures/hostile/duplicate-ids.geojson&lang=en-XA' });
    await atlas.waitForList();
    expect(await atlas.dataProblems()).toEqual([
      '"twin": id ðûûþļîîçååţééš ååñ ééååŕļîîééŕ ƒééååţûûŕéé\'š îîð.',
    ]);
    await expectNothingRan(atlas);
  });

  it('says a truncated file is not valid JSON, at once, with a Retry button', async () => {
    const atlas = await open('truncated.geojson');
    expect(await atlas.alertText()).toMatch(
      /The incidents could not be loaded\. The incident data is not valid JSON \(.+\)\./,
    );
    expect(await atlas.isRetryEnabled()).toBe(true);
    await snap(atlas, 'truncated');
    await expectNothingRan(atlas);
  });

  it('reads a 50 MB file, names the oversized field and shows the rest', async () => {
    const atlas = await open('huge-50mb.geojson');
    await atlas.waitForList();
    expect((await atlas.rowTitles()).sort()).toEqual(['After the padding', 'Before the padding']);
    expect(await atlas.dataProblems()).toEqual([
      '"padded-summary": properties.summary must be at most 1,500 characters.',
    ]);
    await expectNothingRan(atlas);
  });

  it('refuses a file past the 60 MB cap by its size', async () => {
    const atlas = await open('over-cap-61mb.geojson');
    expect(await atlas.alertText()).toContain(
      'The incident data is 61 MB; the atlas reads files up to 60 MB.',
    );
    await expectNothingRan(atlas);
  });

  it('survives 100,000 levels of nesting inside a feature, naming it', async () => {
    const atlas = await open('deep-in-feature.geojson');
    await atlas.waitForList();
    expect(await atlas.rowTitles()).toEqual(['The shallow one']);
    expect((await atlas.dataProblems()).join('\n')).toContain('"deep-summary": properties.summary ');
    await expectNothingRan(atlas);
  });

  it('says a file that is 100,000 nested arrays is not a FeatureCollection', async () => {
    const atlas = await open('deep-top.json');
    expect(await atlas.alertText()).toContain(
      'The incident data must be a GeoJSON FeatureCollection, but the file holds an array.',
    );
    await expectNothingRan(atlas);
  });

  it('refuses a million features with a count instead of hanging the tab', async () => {
    const started = Date.now();
    const atlas = await open('million-features.geojson');
    expect(await atlas.alertText()).toContain(
      'The incident data has 1,000,000 features; the atlas draws at most 200,000.',
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    await snap(atlas, 'million');
    await expectNothingRan(atlas);
  });
});
