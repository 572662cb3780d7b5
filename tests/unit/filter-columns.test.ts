import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index';
import type { EventFeature } from '../../src/data/event-schema';
import { facetCounts, filterEvents, type EventFilters } from '../../src/data/filter-events';
import { CATEGORIES, THREADS } from '../../src/data/vocabulary';

// The filters read typed columns for speed; they must agree with the plain reading of each record.
const bundled = JSON.parse(await readFile('public/geo/events.geojson', 'utf8')) as {
  features: EventFeature[];
};
const index = indexDataset(bundled.features);
const { events } = index;

function plainFilter(filters: EventFilters): string[] {
  return events
    .filter((event) => {
      const p = event.properties;
      const end = p.endDate ?? p.date;
      return (
        (!filters.categories.length || filters.categories.includes(p.category)) &&
        (!filters.threads.length || (p.thread !== undefined && filters.threads.includes(p.thread))) &&
        (!filters.timeWindow || (end >= filters.timeWindow.start && p.date <= filters.timeWindow.end))
      );
    })
    .map((event) => event.id);
}

const day = fc
  .date({ min: new Date('2019-06-01'), max: new Date('2024-06-30'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const filters = fc.record({
  categories: fc.subarray([...CATEGORIES]),
  threads: fc.subarray([...THREADS]),
  search: fc.constant(''),
  timeWindow: fc.option(
    fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
    { nil: null },
  ),
});

describe('filtering the bundled dataset', () => {
  it('keeps exactly the events a plain reading of each record keeps', () => {
    fc.assert(
      fc.property(filters, (chosen) => {
        expect(filterEvents(index, [], chosen).map((event) => event.id)).toEqual(plainFilter(chosen));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts each facet as filtering without that facet would', () => {
    fc.assert(
      fc.property(filters, (chosen) => {
        const counts = facetCounts(index, [], chosen);
        const total = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);
        expect(total(counts.byCategory)).toBe(plainFilter({ ...chosen, categories: [] }).length);
        // A context record belongs to no thread, so the thread counts leave it out.
        const threaded = new Set(events.filter((event) => event.properties.thread).map((event) => event.id));
        const kept = plainFilter({ ...chosen, threads: [] }).filter((id) => threaded.has(id));
        expect(total(counts.byThread)).toBe(kept.length);
      }),
      { numRuns: 2000 },
    );
  });
});
