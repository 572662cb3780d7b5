import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';

describe('a reader whose browser has WebGL switched off', () => {
  it('sees a notice, the list and a static map whose dots open incidents; MapLibre never runs', async () => {
    const atlas = await openAtlas({ webgl: false });

    await atlas.waitForText(/cannot draw the interactive map/i);
    const map = await atlas.staticMap();
    expect(map.links).toBeGreaterThanOrEqual(40);
    expect(map.paths).toBeGreaterThan(20);
    expect(await atlas.listButtonCount()).toBeGreaterThanOrEqual(40);
    await expect.poll(async () => (await atlas.legendInSight()).allInSight).toBe(true);
    expect((await atlas.legendInSight()).entries).toContain('Air, drone and missile strikes; shoot-downs');
    await atlas.screenshot('no-webgl');
    expect(await atlas.axeViolations()).toEqual([]);

    await atlas.openIncidentFromStaticMap(/Twin bombings at the Soleimani memorial/i);
    expect(atlas.url().href).toContain('event=kerman-twin-blasts-2024');
    await atlas.screenshot('no-webgl-detail');

    expect(await atlas.axeViolations()).toEqual([]);
    // The map's chunk may have started downloading before the WebGL check answered; it never ran a map.
    expect(atlas.requests.filter((url) => /maplibre-gl-worker/i.test(url))).toEqual([]);
    expect(await atlas.mapCanvasCount()).toBe(0);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('in a phone-wide embed, gets the static map and the list under it, which a live map leaves out', async () => {
    const atlas = await openAtlas({
      webgl: false,
      path: 'embed.html',
      viewport: { width: 360, height: 700 },
    });
    await atlas.waitForText(/cannot draw the interactive map/i);
    expect((await atlas.staticMap()).links).toBeGreaterThanOrEqual(40);
    expect(await atlas.shownListRows()).toBeGreaterThanOrEqual(40);
    expect(await atlas.axeViolations()).toEqual([]);
    await atlas.screenshot('no-webgl-embed');

    const live = await openAtlas({ path: 'embed.html', viewport: { width: 360, height: 700 } });
    await live.waitForMapIdle();
    expect(await live.shownListRows()).toBe(0);
  });
});
