import { describe, expect, it } from 'vitest';
import { failMapChunk, serveWorkerAs } from './break-the-map';
import { openAtlas, type Atlas } from './driver';

const KERMAN = 'kerman-twin-blasts-2024';

/** What a reader gets in place of the map: the notice, and a static map and a list with every incident. */
async function expectStaticMapAndList(atlas: Atlas, notice: string) {
  await atlas.waitForText(notice);
  expect((await atlas.staticMap()).links).toBeGreaterThanOrEqual(40);
  expect(await atlas.listRowCount()).toBeGreaterThanOrEqual(40);
  expect(await atlas.liveMapCount()).toBe(0);
}

/** Chromium logs each refused or failed request; the atlas logs the failure it explained. Nothing else. */
const unexpectedErrors = (atlas: Atlas, expected: RegExp) =>
  atlas.consoleErrors.filter((text) => !expected.test(text));

describe('a map that cannot start', () => {
  it('says so and draws the static map when the host serves the worker as application/octet-stream', async () => {
    const atlas = await openAtlas({ answer: serveWorkerAs('application/octet-stream') });
    await expectStaticMapAndList(
      atlas,
      'The interactive map could not start: a script it needs did not load.',
    );
    await atlas.screenshot('worker-mime');
    expect(unexpectedErrors(atlas, /Worker failed to load|MIME type/)).toEqual([]);
  });

  it('says so when the map code answers 500, and its button brings the interactive map back', async () => {
    const server = failMapChunk();
    const atlas = await openAtlas({ answer: server.answer });
    await expectStaticMapAndList(atlas, 'The interactive map could not be downloaded from the server.');

    server.succeedFromNowOn();
    await atlas.click({ role: 'button', name: 'Try the interactive map again' });
    await atlas.waitForMapIdle();
    expect(await atlas.staticMapCount()).toBe(0);
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
    expect(await atlas.featureState('events', KERMAN)).toMatchObject({ selected: true });
    expect(await atlas.staticMapCount()).toBe(0);
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
