import { describe, expect, it } from 'vitest';
import { openAtlas, type Atlas } from './driver';

const PHONE = { width: 390, height: 844 };

/** Any incident the map currently draws on its own (not merged into a cluster), with its title. */
async function aDrawnIncident(atlas: Atlas): Promise<{ id: string; title: string }> {
  const drawn = [
    ...(await atlas.renderedFeatures('event-points-clustered')),
    ...(await atlas.renderedFeatures('event-points')),
  ];
  const feature = drawn.find((candidate) => typeof candidate.id === 'string');
  if (!feature) throw new Error('The map draws no incident on its own.');
  return { id: String(feature.id), title: String(feature.title) };
}

describe('a reader exploring on the real map', () => {
  it('clicks an incident on the canvas, reads it, copies the link, and the link reopens the same view', async () => {
    const atlas = await openAtlas();
    await atlas.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: atlas.baseUrl });
    await atlas.waitForMapIdle();
    const incident = await aDrawnIncident(atlas);

    await atlas.clickEventOnMap(incident.id);
    const detail = atlas.page.getByRole('article');
    await expect(detail.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(incident.title);
    expect(await detail.getByRole('region', { name: 'Sources' }).getByRole('link').count()).toBeGreaterThan(
      0,
    );

    await detail.getByRole('button', { name: 'Copy link' }).click();
    await detail.getByText('Link copied.').waitFor();
    const link = await atlas.page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('event')).toBe(incident.id);

    const second = await openAtlas({ path: link.slice(atlas.baseUrl.length) });
    await second.waitForMapIdle();
    await expect(
      second.page.getByRole('article').getByRole('heading', { level: 2 }).textContent(),
    ).resolves.toBe(incident.title);
    expect(atlas.foreignRequests()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('goes back to the list with the browser back button', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.page.getByRole('button', { name: /Twin bombings at the Soleimani memorial/ }).click();
    await atlas.page.getByRole('article').waitFor();
    await atlas.page.goBack();
    await atlas.page.getByRole('article').waitFor({ state: 'detached' });
    expect(new URL(atlas.page.url()).searchParams.has('event')).toBe(false);
  });

  it('walks the incidents on the map with Tab and opens one with Enter', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.page.locator('.map-canvas canvas').focus();
    await atlas.page.keyboard.press('Tab');
    const focused = atlas.page.locator('.map-keys__stop:focus');
    await focused.waitFor();
    const key = await focused.getAttribute('data-key');
    if (key?.startsWith('cluster:')) {
      // A cluster zooms in; the incidents it held become stops of their own.
      await atlas.page.keyboard.press('Enter');
      await atlas.waitForMapIdle();
      await atlas.page.locator('.map-canvas canvas').focus();
      await atlas.page.keyboard.press('Tab');
    }
    const label = await atlas.page.locator('.map-keys__stop:focus').getAttribute('aria-label');
    await atlas.page.keyboard.press('Enter');
    await expect(
      atlas.page.getByRole('article').getByRole('heading', { level: 2 }).textContent(),
    ).resolves.toBe(label);
  });

  it('measures the distance between two points picked on the map', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.page.getByRole('button', { name: 'Measure distance' }).click();
    const ends = await atlas.page.evaluate(() => {
      const map = window.flashpointAtlas?.map;
      // Two spots in open desert, clear of any symbol, about 600 km apart.
      return map ? [map.project([45, 25]), map.project([51, 25])] : [];
    });
    for (const end of ends) await atlas.page.locator('.map-canvas canvas').click({ position: end });
    await expect(atlas.page.getByRole('status').filter({ hasText: ' km (' }).textContent()).resolves.toMatch(
      /^6\d\d km \(3\d\d mi\)/,
    );
  });

  it('ignores link parameters it cannot read, and still shows the rest', async () => {
    const atlas = await openAtlas({
      path: '?event=%3Cscript%3E&map=abc&cat=nope,bombing&from=2020-13-45&to=x&mode=evil&q=Kerman',
    });
    await atlas.waitForMapIdle();
    await expect(atlas.page.getByRole('searchbox').inputValue()).resolves.toBe('Kerman');
    expect(atlas.dialogs).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('on a phone, opens an incident tapped on the map in a sheet that leaves the map half the screen', async () => {
    const atlas = await openAtlas({ viewport: PHONE });
    await atlas.waitForMapIdle();
    const incident = await aDrawnIncident(atlas);
    await atlas.clickEventOnMap(incident.id);
    const heading = atlas.page.getByRole('article').getByRole('heading', { level: 2 });
    await expect(heading.textContent()).resolves.toBe(incident.title);
    await atlas.page.waitForTimeout(300); // the sheet's rise is a 0.2 s transition
    const sheet = await atlas.page.locator('#panel').boundingBox();
    expect(sheet?.height).toBeLessThanOrEqual(PHONE.height / 2);
    expect(await heading.isVisible()).toBe(true);

    await atlas.page.getByRole('button', { name: /Show less of the incidents panel/ }).click();
    await atlas.page.getByRole('button', { name: /Show more of the incidents panel/ }).waitFor();
  });
});

describe('a reader opening a shared link on a phone', () => {
  it('sees the linked incident in a half-raised sheet, not a peek', async () => {
    const atlas = await openAtlas({ path: '?event=kerman-twin-blasts-2024', viewport: PHONE });
    const heading = atlas.page.getByRole('article').getByRole('heading', { level: 2 });
    await heading.waitFor();
    await expect(atlas.page.locator('#panel').getAttribute('data-snap')).resolves.toBe('half');
    expect(await heading.isVisible()).toBe(true);
  });
});

describe('a reader exporting', () => {
  it('downloads the map as a PNG with its credits', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const download = atlas.page.waitForEvent('download');
    await atlas.page.getByRole('button', { name: 'Map as PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^flashpoint-atlas-map-\d{4}-\d{2}-\d{2}\.png$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const png = Buffer.concat(chunks);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Wider than tall by the map's own ratio plus the title and credit bands: a real picture, not an empty one.
    expect(png.readUInt32BE(16)).toBeGreaterThan(500);
    expect(png.length).toBeGreaterThan(20_000);
  });
});
