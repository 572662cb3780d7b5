import { describe, expect, it, vi } from 'vitest';
import { prefetchAfterLoad } from '../../src/lib/prefetch-after-load';

describe('prefetching a lazy chunk', () => {
  it('waits for the page to finish loading, then fetches it once', async () => {
    vi.useFakeTimers();
    const load = vi.fn(() => Promise.resolve());
    prefetchAfterLoad(load);
    expect(load).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(load).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('never lets a failed prefetch surface as an unhandled error', async () => {
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    prefetchAfterLoad(load);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(load).toHaveBeenCalledTimes(1);
  });
});
