import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index';
import { facetCounts, filterEvents } from '../../src/data/filter-events';
import type { Category, Thread } from '../../src/data/vocabulary';
import { anIncident } from '../fixtures/incident';

const event = (id: string, category: Category, thread: Thread, date: string) =>
  anIncident(id, { at: [44, 33], category, thread, date, place: id });

const events = indexDataset([
  event('a', 'bombing', 'kerman-2024', '2024-01-03'),
  event('b', 'drone-strike', 'soleimani-2020', '2020-01-03'),
  event('c', 'maritime-attack', 'red-sea', '2023-12-30'),
  event('d', 'maritime-attack', 'red-sea', '2024-01-09'),
  event('e', 'drone-attack', 'iraq-syria-bases', '2023-10-18'),
]);

describe('facet counts: how many a reader would see by ticking each box', () => {
  it('counts each facet with every other filter applied but its own, as separate filtering would', () => {
    const filters = {
      categories: ['maritime-attack'] as Category[],
      threads: ['red-sea', 'kerman-2024'] as Thread[],
      search: '',
      timeWindow: { start: '2023-12-01', end: '2024-01-31' },
    };
    const counts = facetCounts(events, [], filters);
    const expectedCategories = filterEvents(events, [], { ...filters, categories: [] });
    const expectedThreads = filterEvents(events, [], { ...filters, threads: [] });
    expect(counts.byCategory).toEqual(
      new Map([
        ['bombing', 1],
        ['maritime-attack', 2],
      ]),
    );
    expect([...counts.byCategory.values()].reduce((a, b) => a + b)).toBe(expectedCategories.length);
    expect(counts.byThread).toEqual(new Map([['red-sea', 2]]));
    expect([...counts.byThread.values()].reduce((a, b) => a + b)).toBe(expectedThreads.length);
    expect(counts.present.size).toBe(4);
  });

  it('honours the text search', () => {
    const counts = facetCounts(events, [], { categories: [], threads: [], search: 'd', timeWindow: null });
    expect([...counts.byThread.entries()]).toEqual([['red-sea', 1]]);
  });
});
