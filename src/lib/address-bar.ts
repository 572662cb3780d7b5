/**
 * Writes the view into the address bar. Opening or closing an incident is a history entry, written at once; so is
 * each change of what the reader asked to see (filters, search, the time window), except that a burst of them (a
 * brush drag, typing a word) makes one entry, not one per step. Within a burst, and for what only follows the
 * reader (the camera, playback), the current entry is replaced at most every REPLACE_EVERY_MS: Safari throws a
 * SecurityError past 100 history writes in 30 seconds, and the latest view is what a link should hold anyway.
 */
const REPLACE_EVERY_MS = 400;
/** Changes closer together than this belong to one burst, so to one history entry. */
const BURST_MS = 1000;

let pending: ReturnType<typeof setTimeout> | undefined;
let readLatest: () => string = () => window.location.search;
let burstEndsAt = 0;

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

/** Drops the waiting replacement and ends any burst: Back or Forward landed on an entry that must stay as it is. */
export function cancelAddressBarWrites(): void {
  clearTimeout(pending);
  pending = undefined;
  burstEndsAt = 0;
}

/** Writes the replacement that is waiting, if any, now. */
export function flushAddressBar(): void {
  if (pending === undefined) return;
  clearTimeout(pending);
  pending = undefined;
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
    clearTimeout(pending);
    pending = undefined;
    write(settled, false);
  }
  burstEndsAt = 0;
  write(search, true);
}

/** A change of what the reader asked to see: a new entry when it starts a burst, a replacement within one. */
export function stepSearch(read: () => string, settled: string, now = Date.now()): void {
  if (now < burstEndsAt) replaceSearchSoon(read);
  else pushSearch(read(), settled);
  burstEndsAt = now + BURST_MS;
}

/** The address of the current view, for a reader copying the link. */
export function currentViewHref(): string {
  flushAddressBar();
  return window.location.href;
}
