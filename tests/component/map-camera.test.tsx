import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createdMaps } from '../fakes/fake-maplibre';
import { servePublicFolder } from '../fakes/public-fetch';
import { renderApp } from './render-app';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

async function liveMap() {
  await waitFor(() => expect(createdMaps.filter((map) => !map.removed)).toHaveLength(1));
  const map = createdMaps.find((candidate) => !candidate.removed)!;
  act(() => map.finishLoading());
  return map;
}

describe('the camera a reader asks for', () => {
  beforeEach(() => {
    servePublicFolder();
  });

  it('goes Back to a linked camera even when Back comes before the map exists', async () => {
    renderApp('?map=6/30.28/57.08');
    // Back to an entry over Baghdad, while MapLibre is still on its way.
    act(() => {
      window.history.replaceState(null, '', '/?map=8/33.26/44.23');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    const map = await liveMap();
    expect(map.cameraMoves).toEqual([{ center: [44.23, 33.26], zoom: 8 }]);
  });

  it('flies to an incident opened from the list, no closer out than the map was', async () => {
    const user = userEvent.setup();
    renderApp();
    const map = await liveMap();
    await user.click(await screen.findByRole('button', { name: /K-1 Air Base/i }));
    await waitFor(() => expect(map.cameraMoves).toHaveLength(1));
    expect(map.cameraMoves[0]).toMatchObject({ center: [44.28417, 35.5125], speed: 1.6 });
  });
});
