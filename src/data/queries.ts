import { queryOptions } from '@tanstack/react-query';
import { BUNDLED_FILES, trusted } from './bundled-files';
import { DatasetError, type ParsedCollection } from './dataset-problems';
import { indexDataset, type DatasetIndex } from './dataset-index';
import type { EventFeature } from './event-schema';
import { msg, translate } from '../i18n';
import { FetchError, fetchJson, type DataFile } from './fetch-json';
import type { Actor, LaneFeature, PlaceFeature } from './place-schema';
import type { Story } from './story-schema';

/** Where the bundled story data lives, relative to the page so the build can be hosted under any path. */
export const DEFAULT_EVENTS_PATH = 'geo/events.geojson';

const resolve = (path: string) => new URL(path, document.baseURI).href;

/** The validators (zod and the schemas) load in parallel with each file, keeping them out of the first bundle. */
const validators = () =>
  import('./validators')
    .then((v) => v.problemWords.then(() => v))
    .catch(() => {
      // The browser's own words here are "Failed to fetch dynamically imported module".
      throw new FetchError(msg('dataError.checksMissing'));
    });
export const fetchAndValidators = (path: string, file: DataFile, signal: AbortSignal) =>
  Promise.all([BUNDLED_FILES.has(path) ? trusted : validators(), fetchJson(resolve(path), file, signal)]);

export interface LoadedDataset extends ParsedCollection<EventFeature> {
  index: DatasetIndex;
}

/** Indexed once here, so each dataset (bundled or `?data=`) has its own index and nothing outlives it. */
export function eventsQuery(path: string = DEFAULT_EVENTS_PATH) {
  return queryOptions({
    queryKey: ['events', path],
    queryFn: async ({ signal }): Promise<LoadedDataset> => {
      const [v, json] = await fetchAndValidators(path, 'events', signal);
      const parsed = await v.parseFeatureCollectionInSlices(json, v.eventFeature, 'events', signal);
      // Cross-feature problems (a dangling related id) are reported; the events themselves stay usable.
      const problems = [...parsed.problems, ...v.checkEvents(parsed.features)];
      return { ...parsed, problems, index: indexDataset(parsed.features) };
    },
    // Deep-comparing 100k features and typed columns on a refetch would cost more than it could save.
    structuralSharing: false,
  });
}

export const DEFAULT_STORY_PATH = 'geo/story.json';

/** A dataset named by the link may bring its story file: `story.json` in the same folder (docs/DATA.md). */
export const storyPathBeside = (dataPath: string) => dataPath.replace(/[^/]*$/, 'story.json');

/** `optional`: a missing file (404) is no story file (null), not a failure. */
export function storyQuery(path: string = DEFAULT_STORY_PATH, { optional = false } = {}) {
  return queryOptions({
    queryKey: ['story', path, optional],
    queryFn: async ({ signal }): Promise<Story | null> => {
      let loaded: Awaited<ReturnType<typeof fetchAndValidators>>;
      try {
        loaded = await fetchAndValidators(path, 'story', signal);
      } catch (error) {
        if (optional && error instanceof FetchError && error.status === 404) return null;
        throw error;
      }
      const [v, json] = loaded;
      const result = v.safeParse(v.storyFile, json, { reportInput: true });
      if (result.success) return result.data;
      const problem = v.storyProblems(path, result.error.issues);
      throw new DatasetError(translate(problem), problem);
    },
  });
}

export function placesQuery() {
  return queryOptions({
    queryKey: ['places'],
    queryFn: async ({ signal }): Promise<ParsedCollection<PlaceFeature>> => {
      const [v, json] = await fetchAndValidators('geo/places.geojson', 'places', signal);
      return v.parseFeatureCollection(json, v.placeFeature, 'places');
    },
  });
}

export function lanesQuery() {
  return queryOptions({
    queryKey: ['lanes'],
    queryFn: async ({ signal }): Promise<LaneFeature[]> => {
      const [v, json] = await fetchAndValidators('geo/lanes.geojson', 'lanes', signal);
      const parsed = v.parseFeatureCollection(json, v.laneFeature, 'lanes');
      return parsed.features;
    },
  });
}

export function actorsQuery() {
  return queryOptions({
    queryKey: ['actors'],
    queryFn: async ({ signal }): Promise<Actor[]> => {
      const [v, json] = await fetchAndValidators('geo/actors.json', 'actors', signal);
      const result = v.safeParse(v.actorsFile, json);
      // The actor list only enriches search and the proxy tint; a broken one must not take the atlas down.
      return result.success ? result.data.actors : [];
    },
  });
}
