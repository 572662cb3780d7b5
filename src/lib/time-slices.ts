/** Short enough that the map keeps drawing while a long loop runs beside it, long enough that yielding costs little. */
const SLICE_MS = 40;

/**
 * Behind every task already waiting, the map worker's tiles among them: scheduler.yield would jump ahead of
 * them, and a nested timer is clamped to 4 ms.
 */
const yieldToBrowser = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** A loop asks `due()` between items and awaits `next()` when it is; an aborted signal ends the loop there. */
export function timeSlices(signal?: AbortSignal, sliceMs = SLICE_MS) {
  let started = performance.now();
  return {
    due: () => performance.now() - started >= sliceMs,
    next: async () => {
      await yieldToBrowser();
      signal?.throwIfAborted();
      started = performance.now();
    },
  };
}
