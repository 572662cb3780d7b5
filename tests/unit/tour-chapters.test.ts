// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { checkChapters } from '../../src/data/chapter-checks';
import { formatProblem } from '../../src/data/dataset-problems';
import { inEnglish } from '../../scripts/i18n/english';
import type { Chapter } from '../../src/data/chapter-schema';
import { storyFile } from '../../src/data/story-schema';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = async (file: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(root, file), 'utf8'));
const idsOf = async (file: string) =>
  new Set(((await readJson(file)) as { features: { id: string }[] }).features.map((feature) => feature.id));

async function tour(): Promise<Chapter[]> {
  return z.parse(storyFile, await readJson('data/story.json')).chapters;
}

describe('the classroom tour', () => {
  it('has 10 to 14 chapters that follow the story in order', async () => {
    const chapters = await tour();
    expect(chapters.length).toBeGreaterThanOrEqual(10);
    expect(chapters.length).toBeLessThanOrEqual(14);
    expect(chapters[0]?.title).toMatch(/Soleimani/);
    expect(chapters.at(-1)?.title).toMatch(/discussion/i);
  });

  it('names only incidents, places and actors that exist, and cites every incident it highlights', async () => {
    const actors = (await readJson('public/geo/actors.json')) as { actors: { id: string }[] };
    const meta = (await readJson('data/dataset.json')) as { storyWindow: { start: string; end: string } };
    const problems = checkChapters(await tour(), {
      events: await idsOf('public/geo/events.geojson'),
      places: await idsOf('public/geo/places.geojson'),
      actors: new Set(actors.actors.map((actor) => actor.id)),
      storyWindow: meta.storyWindow,
    });
    expect(problems).toEqual([]);
  });

  it('keeps a chapter short enough to read from the back of a room', async () => {
    for (const chapter of await tour()) expect(chapter.body.length, chapter.id).toBeLessThanOrEqual(450);
  });

  it('reports a chapter that names an incident the dataset does not have', () => {
    const problems = checkChapters(
      [
        {
          id: 'made-up',
          title: 'A chapter',
          body: 'Text.',
          notes: 'Notes.',
          view: { center: [44, 33], zoom: 5 },
          highlight: { events: ['no-such-incident'], places: [] },
          layers: [],
          sources: { events: ['kerman-twin-blasts-2024'] },
        },
      ],
      { events: new Set(['kerman-twin-blasts-2024']), places: new Set() },
    );
    expect(problems.map((problem) => inEnglish(formatProblem(problem)))).toEqual([
      '"made-up": highlight.events names "no-such-incident", which is not an incident in this dataset.',
      '"made-up": sources.events does not cite "no-such-incident", which the chapter highlights.',
    ]);
  });
});
