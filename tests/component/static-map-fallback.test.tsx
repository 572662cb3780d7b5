import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore } from '../../src/store/atlas-store';
import { createdMaps } from '../fakes/fake-maplibre';
import { servePublicFolder } from '../fakes/public-fetch';
import { renderApp } from './render-app';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

describe('a reader whose browser cannot draw WebGL', () => {
  beforeEach(() => {
    servePublicFolder();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  it('gets a notice and a static map whose dots open incidents, and no map is ever made', async () => {
    const user = userEvent.setup();
    const before = createdMaps.length;
    renderApp();

    expect(await screen.findByText(/cannot draw the interactive map/i)).toBeInTheDocument();
    const map = await screen.findByRole('figure', { name: /static map of the incidents/i });
    const dot = await within(map).findByRole('link', { name: /Twin bombings at the Soleimani memorial/i });
    expect(within(map).getAllByRole('link').length).toBeGreaterThanOrEqual(40);
    expect(map.querySelectorAll('path').length).toBeGreaterThan(20);

    await user.click(dot);
    expect(useAtlasStore.getState().selectedId).toBe('kerman-twin-blasts-2024');
    expect(await screen.findByRole('heading', { level: 2, name: /Twin bombings/i })).toBeInTheDocument();
    await waitFor(() => expect(createdMaps.length).toBe(before));
  });

  it('draws only the incidents the filters keep', async () => {
    renderApp('?thread=red-sea');
    const map = await screen.findByRole('figure', { name: /static map of the incidents/i });
    await within(map).findAllByRole('link');
    expect(within(map).queryByRole('link', { name: /Soleimani memorial/i })).not.toBeInTheDocument();
  });

  it('links each dot to the same view, dataset and filters included, so a new tab opens that incident', async () => {
    renderApp('?data=geo/events.geojson&thread=kerman-2024&tz=utc');
    const map = await screen.findByRole('figure', { name: /static map of the incidents/i });
    const dot = await within(map).findByRole('link', { name: /Twin bombings at the Soleimani memorial/i });
    expect(dot.getAttribute('href')).toBe(
      '?data=geo/events.geojson&event=kerman-twin-blasts-2024&thread=kerman-2024&tz=utc',
    );
  });
});
