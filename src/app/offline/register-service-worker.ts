import { afterPageSettled } from '../../lib/page-settled';

/** Never grows the first bundle; its precache waits until the map has drawn (lib/page-settled.ts). */
export function registerServiceWorker(mode: string): void {
  afterPageSettled(
    () => void import('./start-offline').then((offline) => offline.startOffline(mode)).catch(() => {}),
  );
}
