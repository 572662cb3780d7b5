import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { servePublicFolder } from '../fakes/public-fetch';
import { renderApp } from './render-app';

// WebGL works, but MapLibre still cannot start (a driver bug, a lost context): its constructor throws.
vi.mock('maplibre-gl', async () => {
  const fake = await import('../fakes/fake-maplibre');
  return {
    ...fake,
    Map: class {
      constructor() {
        throw new Error('Could not compile a shader');
      }
    },
  };
});

describe('a reader whose browser claims WebGL but cannot draw the map', () => {
  beforeEach(() => {
    servePublicFolder();
  });

  it('gets the reason, the static map and the list, not an empty frame', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderApp();
    expect(
      await screen.findByText('The interactive map could not start in this browser.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('figure', { name: /static map of the incidents/i })).toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: /Twin bombings at the Soleimani memorial/i }),
    ).toBeInTheDocument();
  });
});
