import * as z from 'zod/mini';
// `npm run validate-data [events.geojson]`: every problem in a dataset, with its feature and field path.
// Without an argument it checks the bundled data in public/geo, including the story's window and region.
// The problems are the app's own catalogue messages (src/i18n/locales/en.json), said here in English.
import { readFile } from 'node:fs/promises';
import { checkChapters } from '../src/data/chapter-checks';
import { storyFile } from '../src/data/story-schema';
import { checkEvents, checkPlaces, type StoryBounds } from '../src/data/dataset-checks';
import { describeIssue } from '../src/data/describe-issue';
import { eventFeature } from '../src/data/event-schema';
import {
  DatasetError,
  formatProblem,
  parseFeatureCollection,
  type DataProblem,
} from '../src/data/parse-collection';
import { actorsFile, laneFeature, placeFeature } from '../src/data/place-schema';
import { changelogFile } from '../src/data/changelog-schema';
import { mirrorOnlyWarnings, unbackedSupportWarnings, type SourceWarning } from '../src/data/source-checks';
import { msg } from '../src/i18n/catalogue';
import { inEnglish } from './i18n/english';

const STORY = 'public/geo/story.json';
const args = process.argv.slice(2);
const anyStory = args.includes('--any-story');
const file = args.find((arg) => !arg.startsWith('--'));

type JsonFile = 'events' | 'places' | 'lanes' | 'actors' | 'story' | 'corrections';

/** The file being read, so a problem with the whole file names it. */
let current = '';
async function readJson(path: string, kind: JsonFile): Promise<unknown> {
  current = path;
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const problem = msg('dataError.notJson', { file: kind, detail: (error as Error).message });
    throw new DatasetError(problem.id, problem);
  }
}

let failures = 0;
let warnings = 0;
function warn(path: string, found: SourceWarning[]) {
  for (const warning of found) console.warn(`${path}: warning: ${inEnglish(warning.message)}`);
  warnings += found.length;
}
function report(path: string, problems: DataProblem[]) {
  for (const problem of problems) console.error(`${path}: ${inEnglish(formatProblem(problem))}`);
  failures += problems.length;
}
/** A problem in a single-object file (the story, the actors): the field path says where, with no record to name. */
function reportIssues(path: string, issues: readonly z.core.$ZodIssue[]) {
  for (const issue of issues) console.error(`${path}: ${inEnglish(describeIssue(issue, 'file'))}`);
  failures += issues.length;
}

try {
  const bounds = JSON.parse(await readFile('data/dataset.json', 'utf8')) as StoryBounds;
  const eventsPath = file ?? 'public/geo/events.geojson';
  const events = parseFeatureCollection(await readJson(eventsPath, 'events'), eventFeature, 'events');
  report(eventsPath, events.problems);
  warn(eventsPath, mirrorOnlyWarnings(events.features));
  warn(eventsPath, unbackedSupportWarnings(events.features));

  let actorIds: Set<string> | undefined;
  if (!file) {
    const places = parseFeatureCollection(
      await readJson('public/geo/places.geojson', 'places'),
      placeFeature,
      'places',
    );
    report('public/geo/places.geojson', places.problems);
    report('public/geo/places.geojson', checkPlaces(places.features, bounds.region));
    warn('public/geo/places.geojson', mirrorOnlyWarnings(places.features));
    const lanes = parseFeatureCollection(
      await readJson('public/geo/lanes.geojson', 'lanes'),
      laneFeature,
      'lanes',
    );
    report('public/geo/lanes.geojson', lanes.problems);
    const actors = z.safeParse(actorsFile, await readJson('public/geo/actors.json', 'actors'), {
      reportInput: true,
    });
    if (!actors.success) {
      reportIssues('public/geo/actors.json', actors.error.issues);
    } else {
      actorIds = new Set(actors.data.actors.map((actor) => actor.id));
    }
    const changelog = z.safeParse(changelogFile, await readJson('public/geo/changelog.json', 'corrections'), {
      reportInput: true,
    });
    if (!changelog.success) reportIssues('public/geo/changelog.json', changelog.error.issues);
    const story = z.safeParse(storyFile, await readJson(STORY, 'story'), { reportInput: true });
    if (!story.success) {
      reportIssues(STORY, story.error.issues);
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
  if (error instanceof DatasetError && error.problem)
    console.error(`${current}: ${inEnglish(error.problem)}`);
  else console.error(error instanceof Error ? error.message : String(error));
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
