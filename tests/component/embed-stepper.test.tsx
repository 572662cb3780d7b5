import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forgetEmbedContext } from '../../src/app/embed/embed-context';
import { AppProviders } from '../../src/app/providers';
import { EmbedShell } from '../../src/app/shell/EmbedShell';
import { applyUrlState, readUrlState } from '../../src/app/url-sync';
import { useAtlasStore } from '../../src/store/atlas-store';
import { servePublicFolder } from '../fakes/public-fetch';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

/** embed.html as embed-main boots it. */
function renderEmbed(search: string) {
  window.history.replaceState(null, '', `/embed.html${search}`);
  forgetEmbedContext();
  const initial = readUrlState();
  applyUrlState({ ...initial, mode: 'embed', step: undefined });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  return render(
    <AppProviders client={client}>
      <EmbedShell initialCamera={initial.camera} />
    </AppProviders>,
  );
}

const chapterTitle = (name: string | RegExp) => screen.findByRole('heading', { level: 2, name });

afterEach(() => forgetEmbedContext());

describe('a reader walking the tour inside an embed', () => {
  it('opens on the chapter the link names, and Previous and Next walk the chapters without writing history', async () => {
    servePublicFolder();
    const user = userEvent.setup();
    renderEmbed('?chapter=baghdad-airport-strike');
    const before = { length: window.history.length, search: window.location.search };

    expect(await chapterTitle('3 January 2020: the strike at Baghdad airport')).toBeInTheDocument();
    expect(screen.getByText('Chapter 3 of 13')).toBeInTheDocument();
    expect(useAtlasStore.getState().timeWindow).toEqual({ start: '2020-01-03', end: '2020-01-03' });
    expect(document.activeElement).toBe(document.body);

    const chapters = screen.getByRole('navigation', { name: "The tour's chapters" });
    expect(chapters).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Next chapter/ }));
    expect(await chapterTitle('Funerals, and a crush in Kerman')).toBeInTheDocument();
    expect(useAtlasStore.getState().timeWindow).toEqual({ start: '2020-01-04', end: '2020-01-07' });

    await user.click(screen.getByRole('button', { name: /Previous chapter/ }));
    await user.click(screen.getByRole('button', { name: /Previous chapter/ }));
    expect(await chapterTitle('December 2019: rockets, air strikes, an embassy')).toBeInTheDocument();

    const fullMap = new URL(
      screen.getByRole('link', { name: 'Open the full map' }).getAttribute('href') ?? '',
    );
    expect(fullMap.searchParams.get('mode')).toBe('present');
    expect(fullMap.searchParams.get('step')).toBe('2');

    expect(window.history.length).toBe(before.length);
    expect(window.location.search).toBe(before.search);
  });

  it('keeps the keyboard on Previous at the first chapter, where it does nothing', async () => {
    servePublicFolder();
    const user = userEvent.setup();
    renderEmbed('?stepper=1');
    expect(await chapterTitle('Who was Qasem Soleimani?')).toBeInTheDocument();
    const previous = screen.getByRole('button', { name: /Previous chapter/ });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    previous.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('Chapter 1 of 13')).toBeInTheDocument();
    expect(previous).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await chapterTitle('December 2019: rockets, air strikes, an embassy')).toBeInTheDocument();
  });

  it('says so when the link names a chapter the story does not have, and starts at the first', async () => {
    servePublicFolder();
    renderEmbed('?chapter=no-such-chapter');
    expect(await chapterTitle('Who was Qasem Soleimani?')).toBeInTheDocument();
    expect(screen.getByText(/a chapter this story does not have/)).toBeInTheDocument();
  });

  it('shows no stepper when the link asks for none', async () => {
    servePublicFolder();
    renderEmbed('');
    expect(await screen.findByRole('heading', { level: 1, name: 'Flashpoint Atlas' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: "The tour's chapters" })).not.toBeInTheDocument();
  });
});
