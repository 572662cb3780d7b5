import * as z from 'zod/mini';
import { queryOptions } from '@tanstack/react-query';
import { checkEvents } from './dataset-checks';
import { eventFeature, type EventFeature } from './event-schema';
import { fetchJson } from './fetch-json';
import { parseFeatureCollection, type ParsedCollection } from './parse-collection';
import { actorsFile, laneFeature, placeFeature, type Actor, type LaneFeature, type PlaceFeature } from './place-schema';

/** Where the bundled story data lives, relative to the page so the build can be hosted under any path. */
export const DEFAULT_EVENTS_PATH = 'geo/events.geojson';

const resolve = (path: string) => new URL(path, document.baseURI).href;

export function eventsQuery(path: string = DEFAULT_EVENTS_PATH) {
  return queryOptions({
    queryKey: ['events', path],
    queryFn: async ({ signal }): Promise<ParsedCollection<EventFeature>> => {
      const parsed = parseFeatureCollection(await fetchJson(resolve(path), 'The incident data', signal), eventFeature, 'The incident data');
      // Cross-feature problems (a dangling related id) are reported; the events themselves stay usable.
      return { ...parsed, problems: [...parsed.problems, ...checkEvents(parsed.features)] };
    },
  });
}

export function placesQuery() {
  return queryOptions({
    queryKey: ['places'],
    queryFn: async ({ signal }): Promise<ParsedCollection<PlaceFeature>> =>
      parseFeatureCollection(await fetchJson(resolve('geo/places.geojson'), 'The places data', signal), placeFeature, 'The places data'),
  });
}

export function lanesQuery() {
  return queryOptions({
    queryKey: ['lanes'],
    queryFn: async ({ signal }): Promise<LaneFeature[]> => {
      const parsed = parseFeatureCollection(
        await fetchJson(resolve('geo/lanes.geojson'), 'The shipping lanes', signal),
        laneFeature,
        'The shipping lanes',
      );
      return parsed.features;
    },
  });
}

export function actorsQuery() {
  return queryOptions({
    queryKey: ['actors'],
    queryFn: async ({ signal }): Promise<Actor[]> => {
      const result = z.safeParse(actorsFile, await fetchJson(resolve('geo/actors.json'), 'The actors data', signal));
      // The actor list only enriches search and the proxy tint; a broken one must not take the atlas down.
      return result.success ? result.data.actors : [];
    },
  });
}
