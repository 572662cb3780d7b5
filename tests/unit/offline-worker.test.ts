import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mayRegisterServiceWorker } from '../../src/app/offline/may-register';

const registered = vi.hoisted(() => ({
  onNeedRefresh: undefined as (() => void) | undefined,
  update: vi.fn(),
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: { onNeedRefresh?: () => void }) => {
    registered.onNeedRefresh = options.onNeedRefresh;
    return registered.update;
  },
}));

describe('the offline worker', () => {
  it('is registered by the explore and present modes, never by an embed or inside a frame', () => {
    expect(mayRegisterServiceWorker('explore', false, true)).toBe(true);
    expect(mayRegisterServiceWorker('present', false, true)).toBe(true);
    expect(mayRegisterServiceWorker('embed', false, true)).toBe(false);
    expect(mayRegisterServiceWorker('explore', true, true)).toBe(false);
    expect(mayRegisterServiceWorker('explore', false, false)).toBe(false);
  });

  it('offers a new version quietly and applies it only when the teacher reloads', async () => {
    Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
    const { startOffline } = await import('../../src/app/offline/start-offline');
    startOffline('present');
    expect(screen.queryByRole('status')).toBeNull();

    registered.onNeedRefresh?.();
    expect(await screen.findByRole('status')).toHaveTextContent('A new version of the atlas is ready.');
    expect(registered.update).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Updated: reload' }));
    expect(registered.update).toHaveBeenCalledWith(true);
  });
});
