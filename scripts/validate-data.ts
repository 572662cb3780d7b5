import * as z from 'zod/mini';
// `npm run validate-data [events.geojson]`: every problem in a dataset, with its feature and field path.
// Without an argument it checks the bundled data in public/geo, including the story's window and region.
import { readFile } from 'node:fs/promises';
import { checkChapters } from '../src/data/chapter-checks';
import { storyFile } from '../src/data/story-schema';
import { checkEvents, checkPlaces, type StoryBounds } from '../src/data/dataset-checks';
import { eventFeature } from '../src/data/event-schema';
import {
  DatasetError,
  formatProblem,
  parseFeatureCollection,
  type DataProblem,
} from '../src/data/parse-collection';
import { actorsFile, laneFeature, placeFeature } from '../src/data/place-schema';
import { mirrorOnlyWarnings, type SourceWarning } from '../src/data/source-checks';

const STORY = 'public/geo/story.json';
const args = process.argv.slice(2);
const anyStory = args.includes('--any-story');
const file = args.find((arg) => !arg.startsWith('--'));

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

let failures = 0;
let warnings = 0;
function warn(path: string, found: SourceWarning[]) {
  for (const warning of found) console.warn(`${path}: warning: "${warning.featureId}" ${warning.message}`);
  warnings += found.length;
}
function report(path: string, problems: DataProblem[]) {
  for (const problem of problems) console.error(`${path}: ${formatProblem(problem)}`);
  failures += problems.length;
}

try {
  const bounds = JSON.parse(await readFile('data/dataset.json', 'utf8')) as StoryBounds;
  const eventsPath = file ?? 'public/geo/events.geojson';
  const events = parseFeatureCollection(await readJson(eventsPath), eventFeature, eventsPath);
  report(eventsPath, events.problems);
  warn(eventsPath, mirrorOnlyWarnings(events.features));

  let actorIds: Set<string> | undefined;
  if (!file) {
    const places = parseFeatureCollection(
      await readJson('public/geo/places.geojson'),
      placeFeature,
      'places',
    );
    report('public/geo/places.geojson', places.problems);
    report('public/geo/places.geojson', checkPlaces(places.features, bounds.region));
    warn('public/geo/places.geojson', mirrorOnlyWarnings(places.features));
    const lanes = parseFeatureCollection(await readJson('public/geo/lanes.geojson'), laneFeature, 'lanes');
    report('public/geo/lanes.geojson', lanes.problems);
    const actors = z.safeParse(actorsFile, await readJson('public/geo/actors.json'));
    if (!actors.success) {
      report(
        'public/geo/actors.json',
        actors.error.issues.map((issue) => ({
          index: 0,
          path: issue.path.join('.'),
          message: issue.message,
        })),
      );
    } else {
      actorIds = new Set(actors.data.actors.map((actor) => actor.id));
    }
    const story = z.safeParse(storyFile, await readJson(STORY));
    if (!story.success) {
      report(
        STORY,
        story.error.issues.map((issue) => ({ index: 0, path: issue.path.join('.'), message: issue.message })),
      );
    } else {
      report(
        STORY,
        checkChapters(story.data.chapters, {
          events: new Set(events.features.map((event) => event.id)),
          places: new Set(places.features.map((place) => place.id)),
          actors: actorIds,
          storyWindow: bounds.storyWindow,
        }),
      );
    }
    console.log(
      `checked ${events.features.length} events, ${places.features.length} places, ${lanes.features.length} lanes, ${story.data?.chapters.length ?? 0} chapters`,
    );
  }
  report(eventsPath, checkEvents(events.features, anyStory ? undefined : bounds, actorIds));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

if (failures > 0) {
  console.error(`${failures} problem${failures === 1 ? '' : 's'} found.`);
  process.exit(1);
}
console.log(
  warnings > 0
    ? `The dataset is valid, with ${warnings} warning${warnings === 1 ? '' : 's'} about sources (above).`
    : 'The dataset is valid.',
);
