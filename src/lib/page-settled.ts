/** A map that never idles (a hidden tab, a lost context) still lets the page go on after this long. */
const LATEST_MS = 10_000;

let markSettled = () => {};
const mapSettled = new Promise<void>((resolve) => (markSettled = resolve));

/** The map's first idle, or its failure: nothing on the page is still being drawn for the first time. */
export function markPageSettled(): void {
  markSettled();
}

/**
 * Work no reader is waiting for (the service worker's precache, lazy chunks fetched ahead) runs after this:
 * started at the window's load, it took CPU and network from the map's first draw (npm run bench: cold load).
 */
export function afterPageSettled(run: () => void): void {
  if (typeof window === 'undefined') return;
  void (settled ??= pageSettled()).then(run);
}

/** One wait for every caller: a single load listener and a single fallback timer. */
let settled: Promise<unknown> | undefined;
function pageSettled(): Promise<unknown> {
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  return loaded.then(() =>
    Promise.race([mapSettled, new Promise((resolve) => setTimeout(resolve, LATEST_MS))]),
  );
}
