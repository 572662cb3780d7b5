/** Safari throws a SecurityError past 100 history writes in 30 seconds. */
const REPLACE_EVERY_MS = 400;
/** Changes closer together than this make one history entry (a brush drag, typing a word). */
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
    // A refused write (Safari's limit) must not break the interaction; the next write catches up.
  }
}

/** Back or Forward landed on an entry that must stay as it is. */
export function cancelAddressBarWrites(): void {
  clearTimeout(pending);
  pending = undefined;
  burstEndsAt = 0;
}

export function flushAddressBar(): void {
  if (pending === undefined) return;
  clearTimeout(pending);
  pending = undefined;
  write(readLatest(), false);
}

export function replaceSearchSoon(read: () => string): void {
  readLatest = read;
  pending ??= setTimeout(flushAddressBar, REPLACE_EVERY_MS);
}

/** A replacement still waiting is written first, so Back returns to exactly the settled view. */
export function pushSearch(search: string, settled: string): void {
  if (pending !== undefined) {
    clearTimeout(pending);
    pending = undefined;
    write(settled, false);
  }
  burstEndsAt = 0;
  write(search, true);
}

export function stepSearch(read: () => string, settled: string, now = Date.now()): void {
  if (now < burstEndsAt) replaceSearchSoon(read);
  else pushSearch(read(), settled);
  burstEndsAt = now + BURST_MS;
}

export function currentViewHref(): string {
  flushAddressBar();
  return window.location.href;
}
