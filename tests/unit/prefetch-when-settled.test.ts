import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.useRealTimers();
  vi.resetModules();
});

const fresh = async () => ({
  ...(await import('../../src/lib/prefetch-when-settled')),
  ...(await import('../../src/lib/page-settled')),
});

describe('prefetching a lazy chunk', () => {
  it('waits for the map to have drawn, then fetches it once', async () => {
    const { prefetchWhenSettled, markPageSettled } = await fresh();
    const load = vi.fn(() => Promise.resolve());
    prefetchWhenSettled(load);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(load).not.toHaveBeenCalled();
    markPageSettled();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  });

  it('goes ahead without a map that never draws, ten seconds after the page loaded', async () => {
    vi.useFakeTimers();
    const { prefetchWhenSettled } = await fresh();
    const load = vi.fn(() => Promise.resolve());
    prefetchWhenSettled(load);
    await vi.advanceTimersByTimeAsync(9_000);
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('never lets a failed prefetch surface as an unhandled error', async () => {
    const { prefetchWhenSettled, markPageSettled } = await fresh();
    const load = vi.fn(() => Promise.reject(new Error('offline')));
    prefetchWhenSettled(load);
    markPageSettled();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  });
});
