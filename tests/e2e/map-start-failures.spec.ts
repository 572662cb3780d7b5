import { describe, expect, it } from 'vitest';
import { failMapChunk, serveWorkerAs } from './break-the-map';
import { openAtlas, type Atlas } from './driver';

const KERMAN = 'kerman-twin-blasts-2024';

/** What a reader gets in place of the map: the notice, and a static map and a list with every incident. */
async function expectStaticMapAndList(atlas: Atlas, notice: string) {
  const { page } = atlas;
  await page.getByText(notice).waitFor();
  const map = page.getByRole('figure', { name: /static map of the incidents/i });
  await map.getByRole('link', { name: /Twin bombings at the Soleimani memorial/i }).waitFor();
  expect(await map.getByRole('link').count()).toBeGreaterThanOrEqual(40);
  expect(await page.locator('#event-list button').count()).toBeGreaterThanOrEqual(40);
  expect(await page.locator('.map-canvas').count()).toBe(0);
}

/** Chromium logs each refused or failed request; the atlas logs the failure it explained. Nothing else. */
const unexpectedErrors = (atlas: Atlas, expected: RegExp) =>
  atlas.consoleErrors.filter((text) => !expected.test(text));

describe('a map that cannot start', () => {
  it('says so and draws the static map when the host serves the worker as application/octet-stream', async () => {
    const atlas = await openAtlas({ prepare: serveWorkerAs('application/octet-stream') });
    await expectStaticMapAndList(
      atlas,
      'The interactive map could not start: a script it needs did not load.',
    );
    if (process.env.SHOTS_DIR)
      await atlas.page.screenshot({ path: `${process.env.SHOTS_DIR}/worker-mime.png` });
    expect(unexpectedErrors(atlas, /Worker failed to load|MIME type/)).toEqual([]);
  });

  it('says so when the map code answers 500, and its button brings the interactive map back', async () => {
    const server = failMapChunk();
    const atlas = await openAtlas({ prepare: server.prepare });
    await expectStaticMapAndList(atlas, 'The interactive map could not be downloaded from the server.');

    server.succeedFromNowOn();
    await atlas.page.getByRole('button', { name: 'Try the interactive map again' }).click();
    await atlas.waitForMapIdle();
    expect(await atlas.page.getByRole('figure', { name: /static map/i }).count()).toBe(0);
    expect(
      unexpectedErrors(atlas, /status of 500|Failed to fetch dynamically imported module|Unable to preload/),
    ).toEqual([]);
  });
});

describe('a map whose graphics context is lost', () => {
  it('redraws, with the open incident still marked, when the browser gives the context back', async () => {
    const atlas = await openAtlas({ path: `?event=${KERMAN}` });
    await atlas.waitForMapIdle();
    await atlas.loseMapContext();
    await atlas.restoreMapContext();
    await atlas.waitForMapIdle();
    expect(await atlas.eventPixel(KERMAN)).not.toBeNull();
    const selected = await atlas.page.evaluate(
      (id) => window.flashpointAtlas?.map.getFeatureState({ source: 'events', id }),
      KERMAN,
    );
    expect(selected).toMatchObject({ selected: true });
    expect(await atlas.page.getByRole('figure', { name: /static map/i }).count()).toBe(0);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('gives the reader the static map when the context does not come back', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.loseMapContext();
    await expectStaticMapAndList(
      atlas,
      'The browser stopped drawing the interactive map and did not resume.',
    );
    expect(atlas.consoleErrors).toEqual([]);
  });
});
