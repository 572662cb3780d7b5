/** Loads after the page, so it never competes with the map for the network or grows the first bundle. */
export function registerServiceWorker(mode: string): void {
  const start = () =>
    void import('./start-offline').then((offline) => offline.startOffline(mode)).catch(() => {});
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
