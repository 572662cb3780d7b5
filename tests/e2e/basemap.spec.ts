import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';
import { LAYER } from '../../src/map/layers/ids';

describe('a reader opens the atlas', () => {
  it('draws the regional basemap with country labels, asking nothing of any other origin', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();

    expect(await atlas.distinctMapColours()).toBeGreaterThan(4);
    const labels = (await atlas.renderedFeatures(LAYER.countryLabels)).map((feature) => feature.iso);
    expect(labels).toEqual(expect.arrayContaining(['IR', 'IQ', 'SA', 'YE']));
    expect(atlas.foreignRequests()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('keeps working once the network is cut after the page has loaded', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.waitForNetworkQuiet();
    await atlas.setOffline(true);
    await atlas.clickMapAt({ x: 400, y: 300 });
    await atlas.scrollWheel(-300);
    await atlas.waitForMapIdle();
    expect((await atlas.renderedFeatures(LAYER.countryLabels)).length).toBeGreaterThan(0);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('follows a dark system theme, map included', async () => {
    const atlas = await openAtlas({ colorScheme: 'dark' });
    await atlas.waitForMapIdle();
    expect(await atlas.theme()).toBe('dark');
    expect(await atlas.paintProperty('sea', 'background-color')).toBe('#0e1a24');
  });

  it('credits Natural Earth and MapLibre', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    expect(await atlas.attributionLinkCount('Natural Earth')).toBe(1);
    expect(await atlas.attributionLinkCount('MapLibre')).toBe(1);
  });
});
