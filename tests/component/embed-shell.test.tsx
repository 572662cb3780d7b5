import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetEmbedContext } from '../../src/app/embed/embed-context';
import { AppProviders } from '../../src/app/providers';
import { EmbedShell } from '../../src/app/shell/EmbedShell';
import { applyUrlState, readUrlState } from '../../src/app/url-sync';
import { servePublicFolder } from '../fakes/public-fetch';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

/** embed.html as embed-main boots it. */
function renderEmbed(search: string) {
  window.history.replaceState(null, '', `/embed.html${search}`);
  forgetEmbedContext();
  const initial = readUrlState();
  applyUrlState({ ...initial, mode: 'embed' });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return render(
    <AppProviders client={client}>
      <EmbedShell initialCamera={initial.camera} />
    </AppProviders>,
  );
}

afterEach(() => forgetEmbedContext());

describe('a newsroom reader in the embedded atlas', () => {
  it('sees the map first with a compact title, and opens the full map in a new tab with the same state', async () => {
    servePublicFolder();
    renderEmbed('?event=kerman-twin-blasts-2024&thread=kerman-2024&legend=open');
    expect(screen.getByRole('heading', { level: 1, name: 'Flashpoint Atlas' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /map of the incidents/i })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: /Twin bombings/ })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Map legend' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    const fullMap = screen.getByRole('link', { name: 'Open the full map' });
    expect(fullMap).toHaveAttribute('target', '_blank');
    const href = new URL(fullMap.getAttribute('href') ?? '');
    expect(href.pathname).toBe('/');
    expect(href.searchParams.get('event')).toBe('kerman-twin-blasts-2024');
    expect(href.searchParams.get('thread')).toBe('kerman-2024');
    expect(href.searchParams.get('mode')).toBeNull();
  });

  it('folds the incident card, and closing the incident writes no history and no storage', async () => {
    servePublicFolder();
    const user = userEvent.setup();
    renderEmbed('?event=kerman-twin-blasts-2024');
    const before = { length: window.history.length, search: window.location.search };
    const setItem = vi.spyOn(Storage.prototype, 'setItem');

    await screen.findByRole('heading', { level: 2, name: /Twin bombings/ });
    await user.click(screen.getByRole('button', { name: 'Fold the details' }));
    expect(screen.getByRole('heading', { level: 2, name: /Twin bombings/, hidden: true })).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show the details' }));
    await user.click(screen.getByRole('button', { name: /All incidents/ }));
    expect(screen.queryByRole('heading', { level: 2, name: /Twin bombings/ })).not.toBeInTheDocument();

    expect(window.history.length).toBe(before.length);
    expect(window.location.search).toBe(before.search);
    expect(setItem).not.toHaveBeenCalled();
  });
});
