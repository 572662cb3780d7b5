import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { derivePresets } from '../../src/data/derive-presets';
import type { EventFeature } from '../../src/data/event-schema';
import { storyPathBeside } from '../../src/data/queries';
import { storyFile } from '../../src/data/story-schema';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const story = read('data/story.json');

const dated = (...dates: string[]) =>
  dates.map((date) => ({ properties: { date } }) as unknown as EventFeature);

describe('the story file', () => {
  it('is valid, and public/geo holds the same story the app loads', () => {
    expect(safeParse(storyFile, story).success).toBe(true);
    expect(read('public/geo/story.json')).toEqual(story);
  });

  it('names anchor places that exist and presets inside the data', () => {
    const parsed = safeParse(storyFile, story);
    if (!parsed.success) throw parsed.error;
    const places = read('public/geo/places.geojson') as { features: { id: string }[] };
    const events = read('public/geo/events.geojson') as { features: { properties: { date: string } }[] };
    const ids = new Set(places.features.map((place) => place.id));
    for (const anchor of parsed.data.anchors.places) expect(ids).toContain(anchor);
    for (const preset of parsed.data.presets) {
      expect(events.features.some(({ properties: p }) => p.date >= preset.from && p.date <= preset.to)).toBe(
        true,
      );
    }
  });

  it('refuses a file with a missing field or an upside-down region, saying where', () => {
    const broken = { ...(story as object), region: { bounds: [65, 45, 20, -5] } };
    const result = safeParse(storyFile, broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['region', 'bounds']);
    const { title: _title, ...untitled } = story as Record<string, unknown>;
    expect(safeParse(storyFile, untitled).success).toBe(false);
  });

  it('is looked for beside a dataset the link names', () => {
    expect(storyPathBeside('newsroom/2025/events.geojson')).toBe('newsroom/2025/story.json');
    expect(storyPathBeside('events.geojson')).toBe('story.json');
  });
});

describe('presets for a dataset without a story file', () => {
  it('offers its latest years when it spans several', () => {
    expect(derivePresets(dated('2024-03-01', '2019-05-02', '2021-12-31'))).toEqual([
      { label: '2019', from: '2019-01-01', to: '2019-12-31' },
      { label: '2021', from: '2021-01-01', to: '2021-12-31' },
      { label: '2024', from: '2024-01-01', to: '2024-12-31' },
    ]);
    expect(
      derivePresets(dated('2016-01-01', '2018-01-01', '2019-01-01', '2020-01-01', '2021-01-01')),
    ).toHaveLength(4);
  });

  it('offers its months when it spans one year, and nothing when it spans one month', () => {
    expect(derivePresets(dated('2024-02-10', '2024-01-03'))).toEqual([
      { label: 'Jan 2024', from: '2024-01-01', to: '2024-01-31' },
      { label: 'Feb 2024', from: '2024-02-01', to: '2024-02-29' },
    ]);
    expect(derivePresets(dated('2024-01-03', '2024-01-20'))).toEqual([]);
    expect(derivePresets([])).toEqual([]);
  });
});
