import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { AppProviders } from '../../src/app/providers';
import { createdMaps } from '../fakes/fake-maplibre';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

const renderApp = () =>
  render(
    <AppProviders>
      <App />
    </AppProviders>,
  );

describe('the atlas shell', () => {
  it('shows its title and the map region, and creates exactly one map', async () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Flashpoint Atlas' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /map of the incidents/i })).toBeInTheDocument();
    await waitFor(() => expect(createdMaps.filter((map) => !map.removed)).toHaveLength(1));
  });

  it('lets a reader switch to the dark theme, which recolours the map without re-creating it', async () => {
    const before = createdMaps.length;
    renderApp();
    await waitFor(() => expect(createdMaps.length).toBe(before + 1));
    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    const map = createdMaps.at(-1);
    expect(map?.getPaintProperty('sea', 'background-color')).toBe('#0e1a24');
    expect(createdMaps.length).toBe(before + 1);
  });

  it('offers a skip link to the panel', () => {
    renderApp();
    expect(screen.getByRole('link', { name: /skip to the incident panel/i })).toHaveAttribute(
      'href',
      '#panel',
    );
  });
});
