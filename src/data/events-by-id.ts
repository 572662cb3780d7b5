import type { EventFeature } from './event-schema';

const indexes = new WeakMap<readonly EventFeature[], ReadonlyMap<string, EventFeature>>();

/** Built once: hover and selection look ids up often, and a dataset may hold 100k. */
export function eventsById(events: readonly EventFeature[]): ReadonlyMap<string, EventFeature> {
  let index = indexes.get(events);
  if (!index) {
    index = new Map(events.map((event) => [event.id, event]));
    indexes.set(events, index);
  }
  return index;
}
