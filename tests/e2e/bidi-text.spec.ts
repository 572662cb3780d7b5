import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { anIncident } from '../fixtures/incident';
import { openAtlas } from './driver';

// Served from the build under test, the way a newsroom's ?data= file is, and removed afterwards.
const root = resolve(inject('buildRoot'));
const served = resolve(root, 'fixtures/bidi');

/** U+202E RIGHT-TO-LEFT OVERRIDE, never closed: everything after it in its paragraph would be drawn reversed. */
const RLO = '\u202e';

describe('dataset text holding a right-to-left override', () => {
  beforeAll(async () => {
    await mkdir(served, { recursive: true });
    const features = [
      anIncident('overridden-place', { title: 'Blast at the memorial', place: `${RLO}Kerman` }),
      anIncident('overridden-title', {
        title: `${RLO}A strike on the base`,
        place: `${RLO}Erbil`,
        category: 'airstrike',
        at: [44.01, 36.19],
      }),
    ];
    await writeFile(
      resolve(served, 'override.geojson'),
      JSON.stringify({ type: 'FeatureCollection', features }),
    );
  });
  afterAll(async () => {
    await rm(served, { recursive: true, force: true });
    await rmdir(resolve(root, 'fixtures')).catch(() => undefined);
  });

  it('never reverses the category after it in the list, nor the date after it in a timeline tooltip', async () => {
    const atlas = await openAtlas({ path: '?data=fixtures/bidi/override.geojson' });
    await atlas.waitForList();
    // A row's line reads "3 Jan 2024 · Kerman · Bombing": the category comes after the overridden place.
    for (const label of ['Bombing', 'Air strike']) {
      const shown = await atlas.textOrder(label);
      expect(shown.length, label).toBeGreaterThan(0);
      expect(shown.map((occurrence) => occurrence.leftToRight)).not.toContain(false);
    }
    expect((await atlas.textOrder('Kerman')).map((occurrence) => occurrence.unicodeBidi)).toContain(
      'isolate',
    );
    // A tooltip is plain text: the title is closed in the FSI…PDI isolates before the date follows.
    expect(await atlas.timelineMarkTooltips()).toContain(
      `\u2068${RLO}A strike on the base\u2069, 3 Jan 2024`,
    );
    await atlas.screenshot('bidi-override-list');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it("never reverses the atlas's own words after it in the incident's place line", async () => {
    const atlas = await openAtlas({ path: '?data=fixtures/bidi/override.geojson&event=overridden-place' });
    await atlas.waitForDetail();
    // "Kerman, Iran": the override stays inside the place; the country after it reads as written.
    expect((await atlas.incidentFact('Where')).replace(RLO, '')).toMatch(/^Kerman, Iran/);
    const country = await atlas.textOrder(', Iran');
    expect(country.length).toBeGreaterThan(0);
    expect(country.map((occurrence) => occurrence.leftToRight)).not.toContain(false);
    expect((await atlas.textOrder('Kerman')).map((occurrence) => occurrence.unicodeBidi)).toContain(
      'isolate',
    );
    await atlas.screenshot('bidi-override-detail');
    expect(atlas.consoleErrors).toEqual([]);
  });
});
