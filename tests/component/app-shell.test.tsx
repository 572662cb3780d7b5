import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LAYER } from '../../src/map/layers/ids';
import { createdMaps } from '../fakes/fake-maplibre';
import { servePublicFolder } from '../fakes/public-fetch';
import { renderApp } from './render-app';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

describe('the atlas shell', () => {
  beforeEach(() => {
    servePublicFolder();
  });

  it('shows its title and the map region, and creates exactly one map', async () => {
    const before = createdMaps.length;
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Flashpoint Atlas' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /map of the incidents/i })).toBeInTheDocument();
    await waitFor(() => expect(createdMaps.length).toBe(before + 1));
  });

  it('lets a reader switch to the dark theme, which recolours the map without re-creating it', async () => {
    const before = createdMaps.length;
    renderApp();
    await waitFor(() => expect(createdMaps.length).toBe(before + 1));
    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(createdMaps.at(-1)?.getPaintProperty(LAYER.sea, 'background-color')).toBe('#0e1a24');
    expect(createdMaps.length).toBe(before + 1);
  });

  it('offers a skip link to the incident list', () => {
    renderApp();
    expect(screen.getByRole('link', { name: /skip to the incident/i })).toHaveAttribute(
      'href',
      '#event-list',
    );
  });

  it.each(['present'])('opens a %s link in the explore layout until that mode has its own', async (mode) => {
    renderApp(`?mode=${mode}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Flashpoint Atlas' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /map of the incidents/i })).toBeInTheDocument();
  });
});
