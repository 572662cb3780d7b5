import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openAtlas, type Atlas } from './driver';

const JAN_2020 = { first: day('2020-01-01'), last: day('2020-01-31') };

function day(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

/** The ids of the dataset's events that overlap January 2020, read from the file the app itself loads. */
async function januaryIds(atlas: Atlas): Promise<string[]> {
  const features = await atlas.page.evaluate(async () => {
    const response = await fetch('geo/events.geojson');
    const data = (await response.json()) as {
      features: { id: string; properties: { date: string; endDate?: string } }[];
    };
    return data.features.map((f) => ({ id: f.id, date: f.properties.date, end: f.properties.endDate }));
  });
  return features
    .filter((f) => (f.end ?? f.date) >= '2020-01-01' && f.date <= '2020-01-31')
    .map((f) => f.id)
    .sort();
}

async function listedIds(atlas: Atlas): Promise<string[]> {
  const ids = await atlas.page
    .locator('#event-list [data-event-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id') ?? ''));
  return ids.sort();
}

async function drawnIds(atlas: Atlas): Promise<string[]> {
  // A filter change redraws on the next frames; "idle" may still be the state from before it.
  await atlas.page.waitForFunction(
    () => {
      const map = window.flashpointAtlas?.map;
      return Boolean(
        map?.getLayer('event-points') && map.queryRenderedFeatures({ layers: ['event-points'] }).length,
      );
    },
    undefined,
    { timeout: 20_000 },
  );
  await atlas.waitForMapIdle();
  const features = await atlas.renderedFeatures('event-points');
  for (const feature of features) {
    expect(Number(feature.endDay)).toBeGreaterThanOrEqual(JAN_2020.first);
    expect(Number(feature.day)).toBeLessThanOrEqual(JAN_2020.last);
  }
  return [...new Set(features.map((feature) => String(feature.id)))].sort();
}

describe('a reader narrowing the story in time', () => {
  it('picks "Jan 2020" and sees only that month’s incidents on the map and in the list', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const expected = await januaryIds(atlas);
    expect(expected.length).toBeGreaterThan(5);

    const timeline = atlas.page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('button', { name: 'Jan 2020' }).click();
    await atlas.waitForMapIdle();

    await expect.poll(() => listedIds(atlas), { timeout: 15_000 }).toEqual(expected);
    // Incidents a few kilometres apart share pixels at this zoom, so the map may draw fewer than it holds.
    const drawn = await drawnIds(atlas);
    expect(drawn.length).toBeGreaterThan(3);
    for (const id of drawn) expect(expected).toContain(id);
    await expect.poll(() => new URL(atlas.page.url()).search).toContain('from=2020-01-01&to=2020-01-31');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('brushes to January 2020 with the keyboard alone', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const expected = await januaryIds(atlas);
    const timeline = atlas.page.getByRole('region', { name: 'Timeline' });

    await timeline.getByRole('slider', { name: 'Window start' }).focus();
    await atlas.page.keyboard.press('PageUp');
    const end = timeline.getByRole('slider', { name: 'Window end' });
    await end.focus();
    await atlas.page.keyboard.press('Home');
    await atlas.page.keyboard.press('PageUp');
    await atlas.page.keyboard.press('ArrowLeft');
    await expect(end.getAttribute('aria-valuetext')).resolves.toBe('Fri, 31 January 2020');
    await atlas.waitForMapIdle();

    await expect.poll(() => listedIds(atlas), { timeout: 15_000 }).toEqual(expected);
    const drawn = await drawnIds(atlas);
    for (const id of drawn) expect(expected).toContain(id);
  });

  it('keeps the link on the window the reader ends with, after hundreds of quick steps', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const end = atlas.page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('slider', { name: 'Window end' });
    await end.focus();
    // The address bar takes at most one write every 0.4 s (Safari refuses more than 100 in 30 s); the last step
    // must still reach it.
    for (let step = 0; step < 260; step++) await atlas.page.keyboard.press('ArrowLeft');
    const shown = await end.getAttribute('aria-valuenow');
    expect(shown).not.toBeNull();
    const lastDay = new Date(Number(shown) * 86_400_000).toISOString().slice(0, 10);
    await expect.poll(() => new URL(atlas.page.url()).searchParams.get('to')).toBe(lastDay);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('drags across January 2020 with the mouse, without the map rebuilding its source', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const expected = await januaryIds(atlas);
    await atlas.page.evaluate(() => {
      const source = window.flashpointAtlas?.map.getSource('events') as unknown as {
        setData(data: unknown): unknown;
      };
      const original = source.setData.bind(source);
      Object.assign(window, { setDataCalls: 0 });
      source.setData = (data) => {
        Object.assign(window, { setDataCalls: Number(Reflect.get(window, 'setDataCalls')) + 1 });
        return original(data);
      };
    });

    // January 1st is where the "Jan 2020" tick stands; the month ends where the axis breaks.
    const tick = await atlas.page
      .locator('.timeline__axis g', { hasText: 'Jan 2020' })
      .locator('line')
      .boundingBox();
    const gap = await atlas.page.locator('.timeline__break rect').first().boundingBox();
    if (!tick || !gap) throw new Error('The timeline axis is not drawn.');
    const y = tick.y - 20;
    await atlas.page.mouse.move(tick.x + 1, y);
    await atlas.page.mouse.down();
    await atlas.page.mouse.move(gap.x - 4, y, { steps: 12 });
    await atlas.page.mouse.up();
    await atlas.waitForMapIdle();

    await expect.poll(() => new URL(atlas.page.url()).search).toContain('from=2020-01-01&to=2020-01-31');
    await expect.poll(() => listedIds(atlas), { timeout: 15_000 }).toEqual(expected);
    for (const id of await drawnIds(atlas)) expect(expected).toContain(id);
    expect(await atlas.page.evaluate(() => Reflect.get(window, 'setDataCalls'))).toBe(0);
  });

  it('has named controls and enough contrast, light and dark, desktop and phone', async () => {
    for (const options of [
      { colorScheme: 'light' as const },
      { colorScheme: 'dark' as const },
      { colorScheme: 'light' as const, viewport: { width: 390, height: 844 } },
    ]) {
      const atlas = await openAtlas({ ...options, path: '?from=2020-01-01&to=2020-01-31' });
      await atlas.waitForMapIdle();
      await atlas.page.getByText(/^Options/).click();
      const results = await new AxeBuilder({ page: atlas.page }).include('.timeline').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
      await atlas.close();
    }
  });
});
