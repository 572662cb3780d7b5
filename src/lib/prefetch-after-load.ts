/**
 * Fetches a lazy chunk once the page has loaded: it costs first paint nothing, and the atlas keeps working
 * when the network drops later (a reader on a train opening an incident must not hit a missing chunk).
 */
export function prefetchAfterLoad(load: () => Promise<unknown>): void {
  if (typeof window === 'undefined') return;
  const start = () => void load().catch(() => undefined);
  if (document.readyState === 'complete') setTimeout(start, 0);
  else window.addEventListener('load', start, { once: true });
}
