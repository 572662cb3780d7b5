import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore } from '../../src/store/atlas-store';
import { rememberedTheme } from '../../src/store/theme-memory';

describe('the theme a reader chose', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => {
    vi.restoreAllMocks();
    useAtlasStore.setState({ mode: 'explore', themePreference: 'system' });
  });

  it('is remembered in explore mode for the next visit', () => {
    useAtlasStore.setState({ mode: 'explore' });
    useAtlasStore.getState().chooseTheme('dark');
    expect(rememberedTheme()).toBe('dark');
  });

  it('is never stored by an embed', () => {
    useAtlasStore.setState({ mode: 'embed' });
    useAtlasStore.getState().chooseTheme('dark');
    expect(window.localStorage.length).toBe(0);
    expect(useAtlasStore.getState().themePreference).toBe('dark');
  });

  it('is simply forgotten when storage refuses, and a stored value that is not a theme is ignored', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => useAtlasStore.getState().chooseTheme('light')).not.toThrow();
    expect(useAtlasStore.getState().themePreference).toBe('light');
    vi.restoreAllMocks();
    window.localStorage.setItem('flashpoint-atlas.theme', 'sepia');
    expect(rememberedTheme()).toBeNull();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(rememberedTheme()).toBeNull();
  });
});
