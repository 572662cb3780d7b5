import { afterPageSettled } from './page-settled';

/** A reader on a train opening an incident after the network dropped must not hit a missing chunk. */
export function prefetchWhenSettled(load: () => Promise<unknown>): void {
  afterPageSettled(() => void load().catch(() => undefined));
}
