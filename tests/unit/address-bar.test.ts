import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cancelAddressBarWrites,
  currentViewHref,
  pushSearch,
  replaceSearchSoon,
  stepSearch,
} from '../../src/lib/address-bar';

describe('writing the view into the address bar', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => {
    cancelAddressBarWrites();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('turns a burst of changes, like a brush drag, into one replacement with the last view', () => {
    const replace = vi.spyOn(window.history, 'replaceState');
    for (let day = 1; day <= 30; day++) {
      const search = `?from=2024-01-01&to=2024-01-${String(day).padStart(2, '0')}`;
      replaceSearchSoon(() => search);
    }
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?from=2024-01-01&to=2024-01-30');
  });

  it('opens an incident as a new entry at once, after settling the view Back should return to', () => {
    const history = window.history.length;
    const replace = vi.spyOn(window.history, 'replaceState');
    replaceSearchSoon(() => '?thread=red-sea&event=kerman-twin-blasts-2024');
    pushSearch('?thread=red-sea&event=kerman-twin-blasts-2024', '?thread=red-sea');
    expect(window.location.search).toBe('?thread=red-sea&event=kerman-twin-blasts-2024');
    expect(window.history.length).toBe(history + 1);
    // The waiting replacement went to the entry Back returns to, and is not left to overwrite this one.
    expect(replace).toHaveBeenCalledExactlyOnceWith(null, '', '/?thread=red-sea');
    vi.advanceTimersByTime(1000);
    expect(replace).toHaveBeenCalledTimes(1);
    expect(window.location.search).toBe('?thread=red-sea&event=kerman-twin-blasts-2024');
  });

  it('makes a burst of filter changes, like typing a word, one history entry with its last view', () => {
    const history = window.history.length;
    let typed = '';
    for (const letter of 'Houthi') {
      typed += letter;
      const search = `?q=${typed}`;
      stepSearch(() => search, '');
      vi.advanceTimersByTime(150);
    }
    vi.advanceTimersByTime(1000);
    expect(window.history.length).toBe(history + 1);
    expect(window.location.search).toBe('?q=Houthi');

    stepSearch(() => '?q=Houthi&thread=red-sea', '?q=Houthi');
    expect(window.history.length).toBe(history + 2);
  });

  it('gives a reader copying the link the view they see, even mid-burst', () => {
    replaceSearchSoon(() => '?q=Kerman');
    expect(currentViewHref()).toMatch(/\?q=Kerman$/);
  });

  it('keeps working when the browser refuses a write, as Safari does past 100 in 30 seconds', () => {
    vi.spyOn(window.history, 'replaceState').mockImplementation(() => {
      throw new DOMException('Attempt to use history.replaceState() more than 100 times', 'SecurityError');
    });
    replaceSearchSoon(() => '?q=Houthi');
    expect(() => vi.advanceTimersByTime(1000)).not.toThrow();
  });
});
