/**
 * Writes the view into the address bar. Opening or closing an incident is a history entry and is written at once;
 * everything else (filters, typing, brushing, playback, the camera) replaces the current entry at most every
 * REPLACE_EVERY_MS. A brush drag, playback or typing changes the view many times a second, and Safari throws a
 * SecurityError past 100 `replaceState` calls in 30 seconds; the latest view is what a link should hold anyway.
 */
const REPLACE_EVERY_MS = 400;

let pending: ReturnType<typeof setTimeout> | undefined;
let readLatest: () => string = () => window.location.search;

function write(search: string, push: boolean): void {
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  try {
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  } catch {
    // A browser refusing a write (Safari's limit) must not break the interaction; the next write catches up.
  }
}

export function cancelAddressBarWrites(): void {
  clearTimeout(pending);
  pending = undefined;
}

/** Writes the replacement that is waiting, if any, now. */
export function flushAddressBar(): void {
  if (pending === undefined) return;
  cancelAddressBarWrites();
  write(readLatest(), false);
}

/** Replaces the current entry soon with what `read` returns then, so a burst of changes costs one write. */
export function replaceSearchSoon(read: () => string): void {
  readLatest = read;
  pending ??= setTimeout(flushAddressBar, REPLACE_EVERY_MS);
}

/**
 * A new history entry. `settled` is the view just before it: a replacement still waiting is written with it
 * first, so Back returns to exactly that view.
 */
export function pushSearch(search: string, settled: string): void {
  if (pending !== undefined) {
    cancelAddressBarWrites();
    write(settled, false);
  }
  write(search, true);
}

/** The address of the current view, for a reader copying the link. */
export function currentViewHref(): string {
  flushAddressBar();
  return window.location.href;
}
