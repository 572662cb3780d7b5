import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore } from '../../src/store/atlas-store';
import { servePublicFolder } from '../fakes/public-fetch';
import { renderApp } from './render-app';

vi.mock('maplibre-gl', () => import('../fakes/fake-maplibre'));

const liveRegion = () => document.querySelector('[aria-live="polite"][aria-atomic="true"]');

describe('a screen-reader user hears each selection change once', () => {
  beforeEach(() => {
    servePublicFolder();
  });

  it('is not told twice when focus already moved to the incident', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderApp();
    await user.click(await screen.findByRole('button', { name: /Twin bombings at the Soleimani memorial/i }));
    const article = await screen.findByRole('article');
    await waitFor(() => expect(article).toContainElement(document.activeElement as HTMLElement));
    // Every settle the announcer would wait through has passed.
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    expect(liveRegion()?.textContent).toBe('');
    vi.useRealTimers();
  });

  it('is told when an incident opens while focus stays where it was, and the message clears', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderApp();
    await screen.findByRole('button', { name: /Twin bombings at the Soleimani memorial/i });
    // As when a host page selects in an embed, or a symbol on the map is chosen without moving focus.
    const focus = vi.spyOn(HTMLElement.prototype, 'focus').mockImplementation(() => undefined);
    act(() => useAtlasStore.getState().select('kerman-twin-blasts-2024'));
    await waitFor(() =>
      expect(liveRegion()).toHaveTextContent(
        'Opened Twin bombings at the Soleimani memorial in Kerman, 3 Jan 2024.',
      ),
    );
    act(() => {
      vi.advanceTimersByTime(6000);
    });
    expect(liveRegion()?.textContent).toBe('');
    focus.mockRestore();
    vi.useRealTimers();
  });

  it('is told when Back closes the incident and focus is lost', async () => {
    renderApp('?event=kerman-twin-blasts-2024');
    await screen.findByRole('article');
    act(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      useAtlasStore.getState().select(null);
    });
    await waitFor(() =>
      expect(liveRegion()).toHaveTextContent('Closed the incident; the list of incidents is back.'),
    );
  });
});
