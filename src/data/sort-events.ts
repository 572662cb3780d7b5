import type { EventFeature } from './event-schema';

/** By local date where it happened, then local time (untimed last that day), then id. */
export function byStoryOrder(a: EventFeature, b: EventFeature): number {
  const pa = a.properties;
  const pb = b.properties;
  return (
    pa.date.localeCompare(pb.date) || (pa.time ?? '99:99').localeCompare(pb.time ?? '99:99') || a.id.localeCompare(b.id)
  );
}
