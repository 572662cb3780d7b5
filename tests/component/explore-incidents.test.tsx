import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore } from '../../src/store/atlas-store';
import { LAYER } from '../../src/map/layers/ids';
import { createdMaps } from '../fakes/fake-maplibre';
import { servePublicFolder } from '../fakes/public-fetch';
import { renderApp } from './render-app';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

const rowButton = (name: RegExp) => screen.findByRole('button', { name });

/** The map this render created (the fake is made after MapLibre's lazy import resolves). */
async function liveMap() {
  await waitFor(() => expect(createdMaps.filter((map) => !map.removed)).toHaveLength(1));
  const map = createdMaps.find((candidate) => !candidate.removed);
  act(() => map?.finishLoading());
  return map;
}

describe('a reader exploring the incidents', () => {
  beforeEach(() => {
    servePublicFolder();
  });

  it('sees every incident in story order, oldest first', async () => {
    renderApp();
    const first = await rowButton(/K-1 Air Base/i);
    const buttons = within(first.closest('ol') as HTMLElement).getAllByRole('button');
    expect(buttons.length).toBeGreaterThanOrEqual(40);
    expect(buttons[0]).toBe(first);
  });

  it('opens an incident from the list, reads its sources, and closes it with Esc back to the same row', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await rowButton(/Twin bombings at the Soleimani memorial/i));

    const detail = await screen.findByRole('article');
    // Focus moves in the panel's effect, which may run after the article is first in the page.
    await waitFor(() => expect(within(detail).getByRole('heading', { level: 2 })).toHaveFocus());
    expect(within(detail).getByText(/Approximate location|Exact site|City-level/i)).toBeInTheDocument();
    expect(within(detail).getByRole('table', { name: /how the reported toll changed/i })).toBeInTheDocument();
    const sources = within(within(detail).getByRole('region', { name: 'Sources' })).getAllByRole('link');
    expect(sources.length).toBeGreaterThan(0);
    for (const link of sources) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
    expect(window.location.search).toContain('event=kerman-twin-blasts-2024');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('article')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('data-event-id')).toBe('kerman-twin-blasts-2024'),
    );
    expect(window.location.search).not.toContain('event=');
  });

  it('opens the incident a reader clicks on the map', async () => {
    renderApp();
    await rowButton(/K-1 Air Base/i);
    const map = await liveMap();
    act(() => {
      map?.fire('click', {
        point: { x: 0, y: 0 },
        features: [{ layer: { id: 'event-points' }, properties: { id: 'soleimani-drone-strike-2020' } }],
      });
    });
    // The fake map calls listeners for every layer; one click is enough to select.
    expect(useAtlasStore.getState().selectedId).toBe('soleimani-drone-strike-2020');
    expect(await screen.findByRole('heading', { level: 2, name: /Soleimani/i })).toBeInTheDocument();
  });

  it('highlights the incident’s symbol on the map when hovering its row, through feature-state', async () => {
    const user = userEvent.setup();
    renderApp();
    const row = await rowButton(/K-1 Air Base/i);
    const map = await liveMap();
    await user.hover(row);
    const id = row.getAttribute('data-event-id');
    await waitFor(() => expect(map?.featureState.get(`events/${id}`)).toEqual({ hover: true }));
    await user.unhover(row);
    await waitFor(() => expect(map?.featureState.get(`events/${id}`)).toEqual({ hover: false }));
  });

  it('narrows the list with thread filters and search, shows live counts, and resets', async () => {
    const user = userEvent.setup();
    renderApp();
    await rowButton(/K-1 Air Base/i);
    const heading = screen.getByRole('heading', { level: 2, name: /^Incidents/ });
    const total = Number(heading.textContent?.match(/\d+/)?.[0]);

    await user.click(screen.getByRole('checkbox', { name: /Red Sea shipping/ }));
    // The map takes the filter first; the list follows a frame or two later.
    await waitFor(() => expect(heading).toHaveTextContent(/of \d+/));
    expect(screen.queryByRole('button', { name: /K-1 Air Base/i })).not.toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('thread=red-sea'));
    const map = await liveMap();
    await waitFor(() => expect(JSON.stringify(map?.filters.get(LAYER.eventPoints))).toContain('red-sea'));

    await user.type(screen.getByRole('searchbox', { name: /search/i }), 'galaxy');
    await waitFor(() => expect(heading).toHaveTextContent(`1 of ${total}`));

    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    await waitFor(() => expect(heading).toHaveTextContent(String(total)));
    // Only the camera the map opened on stays in the link.
    await waitFor(() => expect(window.location.search).toMatch(/^\?map=[\d./-]+$/));
  });

  it('finds incidents by the groups involved, ignoring accents and apostrophes', async () => {
    const user = userEvent.setup();
    renderApp();
    await rowButton(/K-1 Air Base/i);
    await user.type(screen.getByRole('searchbox', { name: /search/i }), 'kataib');
    const heading = screen.getByRole('heading', { level: 2, name: /^Incidents/ });
    await waitFor(() => expect(heading).toHaveTextContent(/[1-9]\d* of/));
  });

  it('finds Kerman from a name pasted with a zero-width space inside it', async () => {
    const user = userEvent.setup();
    renderApp();
    await rowButton(/K-1 Air Base/i);
    await user.click(screen.getByRole('searchbox', { name: /search/i }));
    await user.paste('Ker\u200bman');
    const heading = screen.getByRole('heading', { level: 2, name: /^Incidents/ });
    await waitFor(() => expect(heading).toHaveTextContent(/[1-9]\d* of/));
    const rows = within(document.getElementById('event-list') as HTMLElement).getAllByRole('button');
    const titles = rows.map((row) => row.textContent ?? '');
    expect(titles.some((title) => /Twin bombings at the Soleimani memorial/.test(title))).toBe(true);
    expect(titles.some((title) => /K-1 Air Base/.test(title))).toBe(false);
  });

  it('restores the whole view from a link, ignoring what it cannot read', async () => {
    renderApp(
      '?event=soleimani-drone-strike-2020&thread=soleimani-2020,bogus&cat=%3Cscript%3E&map=abc&from=2020-13-01',
    );
    expect(await screen.findByRole('heading', { level: 2, name: /Soleimani/i })).toBeInTheDocument();
    expect(useAtlasStore.getState().threads).toEqual(['soleimani-2020']);
    expect(useAtlasStore.getState().categories).toEqual([]);
    expect(useAtlasStore.getState().timeWindow).toBeNull();
  });

  it('says so when a link names an incident that does not exist', async () => {
    renderApp('?event=no-such-thing');
    expect(await screen.findByText(/not in the dataset/i)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show all incidents' })).toBeInTheDocument();
  });
});
