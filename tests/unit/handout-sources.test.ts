import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/data/chapter-schema';
import type { EventFeature } from '../../src/data/event-schema';
import { handoutSources } from '../../src/features/tour/handout-sources';

const event = (id: string, urls: string[]) =>
  ({
    id,
    properties: { title: `Title of ${id}`, sources: urls.map((url) => ({ url })) },
  }) as unknown as EventFeature;
const chapter = (id: string, events: string[]) => ({ id, sources: { events } }) as unknown as Chapter;

describe('the sources a printed handout writes out', () => {
  it('lists each incident once, with its URLs, and points later chapters back to that page', () => {
    const byId = new Map([
      ['a', event('a', ['https://one.example/a', 'https://one.example/a', 'https://two.example/a'])],
      ['b', event('b', ['https://one.example/b'])],
    ]);
    const [first, second] = handoutSources([chapter('one', ['a']), chapter('two', ['a', 'b'])], byId);
    expect(first).toEqual([
      {
        id: 'a',
        title: 'Title of a',
        urls: ['https://one.example/a', 'https://two.example/a'],
        listedIn: null,
      },
    ]);
    expect(second).toEqual([
      { id: 'a', title: 'Title of a', urls: [], listedIn: 1 },
      { id: 'b', title: 'Title of b', urls: ['https://one.example/b'], listedIn: null },
    ]);
  });
});
