import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetAtlasStore } from '../src/store/atlas-store';

// jsdom has no matchMedia; the app asks it for the reader's colour scheme and motion preference.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// The data layer loads its validators lazily, and CI has two cores shared with a browser: the first paint of
// the list can take longer than Testing Library's default second. Fifteen is still a failure, not a hang.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  resetAtlasStore();
});

// jsdom cannot draw; the map's icon code checks for a null context and skips, quietly. A stand-in WebGL
// context lets the app choose the (fake) MapLibre map over the static fallback, as a real browser would.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = ((kind: string) =>
    kind.startsWith('webgl')
      ? { getExtension: () => null }
      : null) as typeof HTMLCanvasElement.prototype.getContext;
}
