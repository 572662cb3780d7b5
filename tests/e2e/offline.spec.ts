import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';
import { LAYER } from '../../src/map/layers/ids';

describe('a classroom whose Wi-Fi fails after the first visit', () => {
  it('reloads the atlas without network and still draws the map', async () => {
    const atlas = await openAtlas({ serviceWorkers: true });
    await atlas.waitForMapIdle();
    await atlas.waitForOfflineReady();

    await atlas.setOffline(true);
    await atlas.goTo('?event=kerman-twin-blasts-2024');
    await atlas.waitForMapIdle();

    await expect
      .poll(() => atlas.renderedFeatures(LAYER.countries).then((features) => features.length))
      .toBeGreaterThan(5);
    await atlas.expectDetailShows('Twin bombings at the Soleimani memorial in Kerman');
    expect(await atlas.cspViolations()).toEqual([]);
  });

  it('presents chapter 3 after a reload without network', async () => {
    const atlas = await openAtlas({ serviceWorkers: true, path: '?mode=present&step=1' });
    await atlas.waitForChapter(1);
    await atlas.waitForOfflineReady();

    await atlas.setOffline(true);
    await atlas.goTo('?mode=present&step=3');
    await atlas.waitForChapter(3);

    expect((await atlas.chapter()).title).toBe('3 January 2020: the strike at Baghdad airport');
    await expect
      .poll(() => atlas.renderedFeatures(LAYER.countries).then((features) => features.length))
      .toBeGreaterThan(3);
    await expect.poll(() => atlas.highlightedIncidents()).toEqual(['soleimani-drone-strike-2020']);
    expect(await atlas.cspViolations()).toEqual([]);
  });

  it('is never registered by an embed', async () => {
    const atlas = await openAtlas({ serviceWorkers: true, path: '?mode=embed' });
    await atlas.waitForMapIdle();
    // The atlas's page hands over to embed.html before its map has drawn, so the worker's code never loads;
    // embed.html has none of its own.
    expect(atlas.requests.filter((url) => url.includes('/start-offline-') || url.endsWith('/sw.js'))).toEqual(
      [],
    );
    expect(await atlas.serviceWorkerCount()).toBe(0);
  });
});
