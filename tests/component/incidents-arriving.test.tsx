import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createdMaps } from '../fakes/fake-maplibre';
import { servePublicFolder } from '../fakes/public-fetch';
import { renderApp } from './render-app';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

/** Everything the panel said while the incidents were on their way, one line per change. */
function recordPanelText() {
  const said: string[] = [];
  const observer = new MutationObserver(() => said.push(document.getElementById('panel')?.textContent ?? ''));
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

describe('a reader arriving while the incidents load', () => {
  beforeEach(() => {
    servePublicFolder();
  });

  it('is told they are loading, never that no incident matches, and the downloads come after the list', async () => {
    const maps = createdMaps.length;
    const panel = recordPanelText();
    renderApp();

    expect(await screen.findByText('Loading the incidents…')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /^Download/ })).not.toBeInTheDocument();

    await screen.findByRole('button', { name: /K-1 Air Base/i });
    expect(await screen.findByRole('heading', { name: /^Download \d+ incidents/ })).toBeInTheDocument();
    panel.stop();

    expect(panel.said.some((text) => text.includes('Loading the incidents…'))).toBe(true);
    expect(panel.said.filter((text) => /No incident matches|\b0 of \d+/.test(text))).toEqual([]);
    await waitFor(() => expect(createdMaps.length).toBe(maps + 1));
  });
});
