import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index';
import { filterEvents } from '../../src/data/filter-events';
import { eventsQuery } from '../../src/data/queries';
import { matchingIds } from '../../src/data/search-text';
import { dayNumber } from '../../src/lib/dates';
import { toMapEvents } from '../../src/map/bindings/to-map-features';
import { servePublicFolder } from '../fakes/public-fetch';
import { anIncident } from '../fixtures/incident';

const NO_FILTERS = { categories: [], threads: [], search: '', timeWindow: null };

// A newsroom's file, listed newest first and with a two-day incident in the middle.
const unsorted = [
  anIncident('kerman-2024', { date: '2024-01-03', time: '15:00', timeZone: 'Asia/Tehran' }),
  anIncident('baghdad-2020', { date: '2020-01-03', title: 'Strike at Baghdad airport', place: 'Baghdad' }),
  anIncident('kerman-2024-early', { date: '2024-01-03', time: '14:40', timeZone: 'Asia/Tehran' }),
  anIncident('siege-2023', { date: '2023-10-17', endDate: '2023-10-18' }),
];

describe('indexing a dataset', () => {
  it('puts an unsorted file in story order, every column beside its own event', () => {
    const index = indexDataset(unsorted);
    expect(index.events.map((event) => event.id)).toEqual([
      'baghdad-2020',
      'siege-2023',
      'kerman-2024-early',
      'kerman-2024',
    ]);
    index.events.forEach((event, i) => {
      const p = event.properties;
      expect(index.columns.startDay[i]).toBe(dayNumber(p.date));
      expect(index.columns.endDay[i]).toBe(dayNumber(p.endDate ?? p.date));
    });
    expect(index.daySpans).toEqual([
      [dayNumber('2020-01-03'), dayNumber('2020-01-03')],
      [dayNumber('2023-10-17'), dayNumber('2023-10-18')],
      [dayNumber('2024-01-03'), dayNumber('2024-01-03')],
    ]);
  });

  it('finds each event by its id, and keeps the first of two records that share one', () => {
    const repeated = anIncident('kerman-2024', { title: 'A second record with the same id' });
    const index = indexDataset([...unsorted, repeated]);
    expect(index.events).toHaveLength(unsorted.length);
    expect(new Set(index.events.map((event) => event.id)).size).toBe(unsorted.length);
    expect(index.byId.size).toBe(unsorted.length);
    expect(index.byId.get('kerman-2024')).toBe(unsorted[0]);
    expect(index.byId.get('no-such-incident')).toBeUndefined();
  });
});

describe('two datasets in one page', () => {
  it('answers each from its own index, with nothing left over from the other', () => {
    const first = indexDataset(unsorted);
    expect(matchingIds(first, [], 'baghdad')).toEqual(['baghdad-2020']);
    expect(filterEvents(first, [], NO_FILTERS)).toHaveLength(4);

    // The same ids, other dates and words: a newsroom's corrected file.
    const second = indexDataset([
      anIncident('baghdad-2020', { date: '2021-05-05', title: 'Rockets at Erbil', place: 'Erbil' }),
      anIncident('kerman-2024', { date: '2021-05-06' }),
    ]);
    expect(matchingIds(second, [], 'baghdad')).toEqual([]);
    expect(matchingIds(second, [], 'erbil')).toEqual(['baghdad-2020']);
    expect(filterEvents(second, [], NO_FILTERS).map((event) => event.id)).toEqual([
      'baghdad-2020',
      'kerman-2024',
    ]);
    expect(toMapEvents(second).features.map((point) => point.properties.day)).toEqual([
      dayNumber('2021-05-05'),
      dayNumber('2021-05-06'),
    ]);
    expect(matchingIds(first, [], 'erbil')).toEqual([]);
  });
});

describe('the events query', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('gives a ?data= file its own index, and the bundled file keeps its own', async () => {
    const newsroom = [
      anIncident('newsroom-only', { title: 'A newsroom incident', date: '2022-06-01', place: 'Mosul' }),
    ];
    servePublicFolder({
      '/newsroom/events.geojson': () =>
        new Response(JSON.stringify({ type: 'FeatureCollection', features: newsroom })),
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    const bundled = await client.fetchQuery(eventsQuery());
    const replaced = await client.fetchQuery(eventsQuery('newsroom/events.geojson'));

    expect(replaced.index).not.toBe(bundled.index);
    expect(replaced.index.events.map((event) => event.id)).toEqual(['newsroom-only']);
    expect(replaced.index.byId.has('kerman-twin-blasts-2024')).toBe(false);
    expect(bundled.index.byId.has('kerman-twin-blasts-2024')).toBe(true);
    expect(bundled.index.events).toHaveLength(bundled.features.length);
    expect(matchingIds(replaced.index, [], 'kerman')).toEqual([]);
    // Asked again, the same dataset answers with the index it already has.
    expect((await client.fetchQuery(eventsQuery())).index).toBe(bundled.index);
  });
});
