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

  it('opens a present link on its chapter, and a clicker turns the page', async () => {
    renderApp('?mode=present&step=3');
    expect(await screen.findByText('Chapter 3 of 13')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: '3 January 2020: the strike at Baghdad airport' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Flashpoint Atlas' })).not.toBeInTheDocument();
    await userEvent.keyboard('{PageDown}');
    expect(await screen.findByText('Chapter 4 of 13')).toBeInTheDocument();
    expect(window.location.search).toContain('step=4');
  });

  it('goes from explore to present mode with the Present button', async () => {
    renderApp();
    await userEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(await screen.findByText('Chapter 1 of 13')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Presentation controls' })).toBeInTheDocument();
  });
});
