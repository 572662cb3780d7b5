/** A reader on a train opening an incident after the network dropped must not hit a missing chunk. */
export function prefetchAfterLoad(load: () => Promise<unknown>): void {
  if (typeof window === 'undefined') return;
  const start = () => void load().catch(() => undefined);
  if (document.readyState === 'complete') setTimeout(start, 0);
  else window.addEventListener('load', start, { once: true });
}
