import { describe, expect, it } from 'vitest';
import { openAtlas, type Atlas } from './driver';
import { LAYER } from '../../src/map/layers/ids';

const PHONE = { width: 390, height: 844 };

/** Any incident the map currently draws on its own (not merged into a cluster), with its title. */
async function aDrawnIncident(atlas: Atlas): Promise<{ id: string; title: string }> {
  const drawn = [
    ...(await atlas.renderedFeatures(LAYER.eventPointsClustered)),
    ...(await atlas.renderedFeatures(LAYER.eventPoints)),
  ];
  const feature = drawn.find((candidate) => typeof candidate.id === 'string');
  if (!feature) throw new Error('The map draws no incident on its own.');
  return { id: String(feature.id), title: String(feature.title) };
}

describe('a reader exploring on the real map', () => {
  it('clicks an incident on the canvas, reads it, copies the link, and the link reopens the same view', async () => {
    const atlas = await openAtlas({ clipboard: true });
    await atlas.waitForMapIdle();
    const incident = await aDrawnIncident(atlas);

    await atlas.clickEventOnMap(incident.id);
    expect(await atlas.detailTitle()).toBe(incident.title);
    expect(await atlas.sourceLinkCount()).toBeGreaterThan(0);

    const link = await atlas.copyLink();
    expect(new URL(link).searchParams.get('event')).toBe(incident.id);

    const second = await openAtlas({ path: link.slice(atlas.baseUrl.length) });
    await second.waitForMapIdle();
    expect(await second.detailTitle()).toBe(incident.title);
    expect(atlas.foreignRequests()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('goes back to the list with the browser back button', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.openIncident(/Twin bombings at the Soleimani memorial/);
    await atlas.goBack();
    await atlas.waitForDetailClosed();
    expect(atlas.url().searchParams.has('event')).toBe(false);
  });

  it('walks the incidents on the map with Tab and opens one with Enter', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.focusMap();
    await atlas.press('Tab');
    const { key } = await atlas.focusedMapStop();
    if (key?.startsWith('cluster:')) {
      // A cluster zooms in; the incidents it held become stops of their own.
      await atlas.press('Enter');
      await atlas.waitForMapIdle();
      await atlas.focusMap();
      await atlas.press('Tab');
    }
    const { label } = await atlas.focusedMapStop();
    await atlas.press('Enter');
    expect(await atlas.detailTitle()).toBe(label);
  });

  it('measures the distance between two points picked on the map', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    // Two spots in open desert, clear of any symbol, about 600 km apart.
    expect(await atlas.measureDistance([45, 25], [51, 25])).toMatch(/^6\d\d km \(3\d\d mi\)/);
  });

  it('ignores link parameters it cannot read, and still shows the rest', async () => {
    const atlas = await openAtlas({
      path: '?event=%3Cscript%3E&map=abc&cat=nope,bombing&from=2020-13-45&to=x&mode=evil&q=Kerman',
    });
    await atlas.waitForMapIdle();
    expect(await atlas.searchText()).toBe('Kerman');
    expect(atlas.dialogs).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('on a phone, opens an incident tapped on the map in a sheet that leaves the map half the screen', async () => {
    const atlas = await openAtlas({ viewport: PHONE });
    await atlas.waitForMapIdle();
    const incident = await aDrawnIncident(atlas);
    await atlas.clickEventOnMap(incident.id);
    expect(await atlas.detailTitle()).toBe(incident.title);
    const sheet = await atlas.settledPanel();
    expect(sheet.height).toBeLessThanOrEqual(PHONE.height / 2);
    expect(await atlas.isDetailHeadingVisible()).toBe(true);

    await atlas.showLessOfPanel();
  });
});

describe('a reader coming back', () => {
  it('finds the theme they chose in a new tab, while a link that names a theme still wins', async () => {
    const atlas = await openAtlas();
    await atlas.chooseTheme('Dark');
    const later = await atlas.openInNewTab();
    await expect.poll(() => later.theme()).toBe('dark');
    const linked = await atlas.openInNewTab('?theme=light');
    await expect.poll(() => linked.theme()).toBe('light');
    expect(later.consoleErrors).toEqual([]);
  });
});

describe('a reader opening a shared link on a phone', () => {
  it('sees the linked incident in a half-raised sheet, not a peek', async () => {
    const atlas = await openAtlas({ path: '?event=kerman-twin-blasts-2024', viewport: PHONE });
    await atlas.expectDetailShows(null);
    expect(await atlas.panelSnap()).toBe('half');
    expect(await atlas.isDetailHeadingVisible()).toBe(true);
  });
});

describe('a reader exporting', () => {
  it('downloads the map as a PNG for print: twice the pixels, with its legend, data version and credits', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const shown = await atlas.mapSize();
    const file = await atlas.download(() => atlas.click({ role: 'button', name: 'Map as PNG' }));
    expect(file.name).toMatch(/^flashpoint-atlas-map-data-\d+\.\d+\.\d+-\d{4}-\d{2}-\d{2}\.png$/);
    const png = file.bytes;
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(shown.width * 2);
    // The title above and the legend, version and credits below add bands to the map's own height.
    expect(png.readUInt32BE(20)).toBeGreaterThan(shown.height * 2 + 100);
    expect(png.length).toBeGreaterThan(20_000);
    // The screen's map goes back to its own pixels (one per CSS pixel in this browser).
    await expect.poll(() => atlas.mapPixelWidth()).toBe(shown.width);
  });
});
