import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore } from '../../src/store/atlas-store';
import { createdMaps } from '../fakes/fake-maplibre';
import { servePublicFolder } from '../fakes/public-fetch';
import { renderApp } from './render-app';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

const timeline = () => screen.getByRole('region', { name: 'Timeline' });
const listDates = () =>
  within(document.getElementById('event-list') as HTMLElement)
    .getAllByRole('button')
    .map((row) => row.querySelector('time')?.getAttribute('datetime') ?? '');

/** The map this render created, once MapLibre's lazy import has resolved and its style has loaded. */
async function liveMap() {
  await waitFor(() => expect(createdMaps.filter((map) => !map.removed)).toHaveLength(1));
  const map = createdMaps.find((candidate) => !candidate.removed)!;
  act(() => map.finishLoading());
  return map;
}

async function openAtlas(search = '') {
  const user = userEvent.setup();
  renderApp(search);
  await screen.findByRole('slider', { name: 'Window start' });
  await waitFor(() => expect(listDates().length).toBeGreaterThan(0));
  return user;
}

// The whole app renders for each story; a slow, shared machine needs more than the default 5 s.
describe('a reader using the timeline', { timeout: 20_000 }, () => {
  beforeEach(() => {
    servePublicFolder();
  });

  it('narrows the map and list to January 2020 with a preset, and back to everything with "All"', async () => {
    const user = await openAtlas();
    const total = listDates().length;
    await user.click(await within(timeline()).findByRole('button', { name: 'Jan 2020' }));

    expect(within(timeline()).getByRole('button', { name: 'Jan 2020' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await waitFor(() => expect(window.location.search).toContain('from=2020-01-01&to=2020-01-31'));
    // The map takes the window first; the list follows a frame or two later.
    await waitFor(() => expect(listDates().length).toBeLessThan(total));
    const dates = listDates();
    expect(dates.length).toBeGreaterThan(3);
    expect(dates.length).toBeLessThan(total);
    // The embassy siege began on 31 December and ran into January, so it belongs to the window too.
    for (const date of dates) expect(date >= '2019-12-31' && date <= '2020-01-31').toBe(true);
    expect(screen.getByRole('button', { name: /drone strike kills Qasem Soleimani/i })).toBeInTheDocument();

    await user.click(within(timeline()).getByRole('button', { name: 'All' }));
    await waitFor(() => expect(listDates()).toHaveLength(total));
    await waitFor(() => expect(window.location.search).not.toContain('from='));
  });

  it('moves the window with the keyboard: arrows by a day, Page Up/Down by a month, Home and End', async () => {
    const user = await openAtlas('?from=2020-01-01&to=2020-01-31');
    const start = within(timeline()).getByRole('slider', { name: 'Window start' });
    const end = within(timeline()).getByRole('slider', { name: 'Window end' });
    expect(start).toHaveAttribute('aria-valuetext', 'Wed, 1 January 2020');
    expect(end).toHaveAttribute('aria-valuetext', 'Fri, 31 January 2020');

    start.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(start).toHaveAttribute('aria-valuetext', 'Fri, 3 January 2020');
    await user.keyboard('{ArrowLeft}');
    expect(start).toHaveAttribute('aria-valuetext', 'Thu, 2 January 2020');

    end.focus();
    // A month back would cross the start, so the end stops at it.
    await user.keyboard('{PageDown}');
    expect(end).toHaveAttribute('aria-valuetext', 'Thu, 2 January 2020');
    expect(useAtlasStore.getState().timeWindow).toEqual({ start: '2020-01-02', end: '2020-01-02' });
    await user.keyboard('{End}');
    expect(useAtlasStore.getState().timeWindow?.end).toBe('2024-01-31');
    await waitFor(() => expect(window.location.search).toContain('from=2020-01-02&to=2024-01-31'));

    start.focus();
    await user.keyboard('{Home}');
    // The whole span is no window at all, and the link says so by saying nothing.
    expect(useAtlasStore.getState().timeWindow).toBeNull();
    await user.keyboard('{PageUp}');
    expect(start).toHaveAttribute('aria-valuetext', 'Wed, 1 January 2020');
  });

  it('steps through the days with incidents, announcing each one, and plays and pauses', async () => {
    const user = await openAtlas();
    await user.click(within(timeline()).getByRole('button', { name: 'Next day with incidents' }));
    const status = timeline().querySelector('[aria-live="polite"]');
    expect(status).toHaveTextContent(/27 Dec 2019, 19:20 Baghdad \(UTC\+3\): .*K-1/);
    expect(useAtlasStore.getState().timeWindow).toEqual({ start: '2019-12-01', end: '2019-12-27' });
    expect(useAtlasStore.getState().hoveredId).toBe('k1-air-base-rocket-attack-2019');

    await user.click(within(timeline()).getByRole('button', { name: 'Next day with incidents' }));
    expect(useAtlasStore.getState().timeWindow?.end).toBe('2019-12-29');
    await user.click(within(timeline()).getByRole('button', { name: 'Previous day with incidents' }));
    expect(useAtlasStore.getState().timeWindow?.end).toBe('2019-12-27');

    useAtlasStore.getState().setPlaySpeed(8);
    await user.click(within(timeline()).getByRole('button', { name: 'Play' }));
    expect(within(timeline()).getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await waitFor(() => expect(useAtlasStore.getState().playhead! > '2019-12-31').toBe(true));

    // Space toggles while focus is in the timeline, but never takes Space from a button.
    within(timeline()).getByRole('slider', { name: 'Window end' }).focus();
    await user.keyboard(' ');
    expect(useAtlasStore.getState().playing).toBe(false);
    await user.keyboard(' ');
    expect(useAtlasStore.getState().playing).toBe(true);
    await user.click(within(timeline()).getByRole('button', { name: 'Pause' }));
    expect(useAtlasStore.getState().playing).toBe(false);
  });

  it('slides a moving window at the chosen speed, and both go into the link', async () => {
    const user = await openAtlas('?from=2023-12-01&to=2023-12-07');
    await user.click(within(timeline()).getByText(/^Options/));
    await user.selectOptions(await within(timeline()).findByRole('combobox', { name: 'Speed' }), '4');
    await user.selectOptions(within(timeline()).getByRole('combobox', { name: 'Play as' }), 'Moving window');
    await waitFor(() => expect(window.location.search).toContain('play=window&speed=4'));

    await user.click(within(timeline()).getByRole('button', { name: 'Next day with incidents' }));
    expect(useAtlasStore.getState().timeWindow).toEqual({ start: '2023-11-27', end: '2023-12-03' });
    await user.click(within(timeline()).getByRole('button', { name: 'Next day with incidents' }));
    expect(useAtlasStore.getState().timeWindow).toEqual({ start: '2023-12-02', end: '2023-12-08' });
  });

  it('shows times in UTC when asked, in the list and the link, without moving the local day', async () => {
    const user = await openAtlas('?from=2020-01-08&to=2020-01-08');
    const row = screen.getByRole('button', { name: /Ain al-Asad/i });
    expect(row.querySelector('time')).toHaveTextContent('8 Jan 2020');

    await user.click(within(timeline()).getByText(/^Options/));
    await user.click(await within(timeline()).findByRole('radio', { name: 'UTC' }));
    expect(row.querySelector('time')).toHaveTextContent('7 Jan 2020, 22:45 UTC');
    await waitFor(() => expect(window.location.search).toContain('tz=utc'));
    // Still in the 8 January window: filtering keeps the local date.
    expect(useAtlasStore.getState().timeWindow).toEqual({ start: '2020-01-08', end: '2020-01-08' });
  });

  it('moves the camera during playback only when the reader ticks "Follow on map"', async () => {
    const user = await openAtlas();
    const next = within(timeline()).getByRole('button', { name: 'Next day with incidents' });
    const map = await liveMap();
    await user.click(next);
    expect(map.cameraMoves).toEqual([]);

    await user.click(within(timeline()).getByText(/^Options/));
    await user.click(await within(timeline()).findByRole('checkbox', { name: 'Follow on map' }));
    await user.click(next);
    // The second day with incidents: the US strikes on Kata'ib Hezbollah of 29 December 2019, in Iraq and Syria.
    expect(useAtlasStore.getState().hoveredId).toMatch(/^us-airstrikes-kataib-hezbollah-(iraq|syria)-2019$/);
    const [move] = map.cameraMoves as { center: [number, number] }[];
    expect(map.cameraMoves).toHaveLength(1);
    expect([
      [41.13889, 34.36694],
      [40.93667, 34.45361],
    ]).toContainEqual(move?.center);
  });

  it('leaves the reader’s own hover alone while it plays', async () => {
    const user = await openAtlas();
    useAtlasStore.getState().hover('kerman-twin-blasts-2024', 'list');
    await user.click(within(timeline()).getByRole('button', { name: 'Next day with incidents' }));
    expect(useAtlasStore.getState()).toMatchObject({
      hoveredId: 'kerman-twin-blasts-2024',
      hoverOrigin: 'list',
    });
  });

  it('opens an incident from its glyph and highlights it on hover', async () => {
    const user = await openAtlas();
    const glyph = timeline().querySelector('[data-event-id="kerman-twin-blasts-2024"]') as Element;
    await user.hover(glyph);
    expect(useAtlasStore.getState()).toMatchObject({
      hoveredId: 'kerman-twin-blasts-2024',
      hoverOrigin: 'timeline',
    });
    await user.click(glyph);
    expect(useAtlasStore.getState().selectedId).toBe('kerman-twin-blasts-2024');
    expect(await screen.findByText(/Solar Hijri/)).toBeInTheDocument();
    expect(screen.getByText('۱۳ دی ۱۴۰۲')).toHaveAttribute('lang', 'fa');
  });
});
