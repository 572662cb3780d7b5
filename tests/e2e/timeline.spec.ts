import { describe, expect, it } from 'vitest';
import { openAtlas, type Atlas } from './driver';
import { LAYER } from '../../src/map/layers/ids';

const JAN_2020 = { first: day('2020-01-01'), last: day('2020-01-31') };

function day(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

type EventsFile = { features: { id: string; properties: { date: string; endDate?: string } }[] };

/** The ids of the dataset's events that overlap January 2020, read from the file the app itself loads. */
async function januaryIds(atlas: Atlas): Promise<string[]> {
  const { features } = await atlas.fetchJson<EventsFile>('geo/events.geojson');
  return features
    .filter(
      (f) => (f.properties.endDate ?? f.properties.date) >= '2020-01-01' && f.properties.date <= '2020-01-31',
    )
    .map((f) => f.id)
    .sort();
}

/** The incidents the map draws once it has caught up with the window: every one of them inside January 2020. */
async function drawnIds(atlas: Atlas): Promise<string[]> {
  // A filter change redraws on later frames, and "idle" may still be the state from before it.
  const inJanuary = (feature: Record<string, unknown>) =>
    Number(feature.endDay) >= JAN_2020.first && Number(feature.day) <= JAN_2020.last;
  await expect
    .poll(async () => {
      await atlas.waitForMapIdle();
      const features = await atlas.renderedFeatures(LAYER.eventPoints);
      return features.length > 0 && features.every(inJanuary);
    })
    .toBe(true);
  const features = await atlas.renderedFeatures(LAYER.eventPoints);
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

    await atlas.pickPreset('Jan 2020');
    await atlas.waitForMapIdle();

    // The list follows the window a render behind the map (a deferred value).
    await expect.poll(() => atlas.listedIds(), { timeout: 15_000 }).toEqual(expected);
    // Incidents a few kilometres apart share pixels at this zoom, so the map may draw fewer than it holds.
    const drawn = await drawnIds(atlas);
    expect(drawn.length).toBeGreaterThan(3);
    for (const id of drawn) expect(expected).toContain(id);
    await expect.poll(() => atlas.url().search).toContain('from=2020-01-01&to=2020-01-31');
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('brushes to January 2020 with the keyboard alone', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const expected = await januaryIds(atlas);

    await atlas.brushWithKeys('Window start', ['PageUp']);
    await atlas.brushWithKeys('Window end', ['Home', 'PageUp', 'ArrowLeft']);
    expect((await atlas.brushHandle('Window end')).text).toBe('Fri, 31 January 2020');
    await atlas.waitForMapIdle();

    await expect.poll(() => atlas.listedIds(), { timeout: 15_000 }).toEqual(expected);
    const drawn = await drawnIds(atlas);
    for (const id of drawn) expect(expected).toContain(id);
  });

  it('keeps the link on the window the reader ends with, after hundreds of quick steps', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    // The address bar takes at most one write every 0.4 s (Safari refuses more than 100 in 30 s); the last step
    // must still reach it.
    await atlas.brushWithKeys('Window end', Array<string>(260).fill('ArrowLeft'));
    const shown = (await atlas.brushHandle('Window end')).day;
    expect(shown).not.toBeNull();
    const lastDay = new Date(Number(shown) * 86_400_000).toISOString().slice(0, 10);
    await expect.poll(() => atlas.url().searchParams.get('to')).toBe(lastDay);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('drags across January 2020 with the mouse, without the map rebuilding its source', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const expected = await januaryIds(atlas);
    const sourceUpdates = await atlas.countSourceUpdates('events');

    // January 1st is where the "Jan 2020" tick stands; the month ends where the axis breaks.
    await atlas.brushTo('Jan 2020');
    await atlas.waitForMapIdle();

    await expect.poll(() => atlas.url().search).toContain('from=2020-01-01&to=2020-01-31');
    await expect.poll(() => atlas.listedIds(), { timeout: 15_000 }).toEqual(expected);
    for (const id of await drawnIds(atlas)) expect(expected).toContain(id);
    expect(await sourceUpdates()).toBe(0);
  });

  it.each([
    { colorScheme: 'light' as const },
    { colorScheme: 'dark' as const },
    { colorScheme: 'light' as const, viewport: { width: 390, height: 844 } },
  ])('has named controls and enough contrast (%o)', async (options) => {
    const atlas = await openAtlas({ ...options, path: '?from=2020-01-01&to=2020-01-31' });
    await atlas.waitForMapIdle();
    await atlas.openTimelineOptions();
    expect(await atlas.axeViolations({ within: '.timeline', everyDefaultRule: true })).toEqual([]);
  });
});
