import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { inEnglish } from '../../scripts/i18n/english';
import { formatProblem } from '../../src/data/dataset-problems';
import { describeIssue } from '../../src/data/describe-issue';
import { eventFeature } from '../../src/data/event-schema';
import { parseFeatureCollection } from '../../src/data/parse-collection';
import { anIncident } from '../fixtures/incident';

const calm = (id: string) => anIncident(id, { title: 'A calm title' });

function problemsOf(...features: unknown[]): string[] {
  return parseFeatureCollection({ type: 'FeatureCollection', features }, eventFeature, 'events').problems.map(
    (problem) => inEnglish(formatProblem(problem)),
  );
}

describe('what a newsroom reads about a broken record', () => {
  it('says what was expected and what the file holds, by feature and field', () => {
    const title = calm('title-number');
    (title.properties as Record<string, unknown>).title = 42;
    const killed = calm('killed-text');
    (killed.properties as Record<string, unknown>).killed = 'many';
    const category = calm('category-unknown');
    (category.properties as Record<string, unknown>).category = 'teleportation';
    const infinite = calm('infinite');
    (infinite.geometry as { coordinates: number[] }).coordinates = [Infinity, 30];
    const short = calm('short');
    (short.geometry as { coordinates: number[] }).coordinates = [50];

    expect(problemsOf(title, killed, category, infinite, short, null)).toEqual([
      '"title-number": properties.title must be text, not a whole number.',
      '"killed-text": properties.killed must be a number, not text.',
      expect.stringMatching(
        /^"category-unknown": properties\.category is not one of the \d+ allowed values\.$/,
      ),
      '"infinite": geometry.coordinates[0] must be a number, not an infinite number.',
      '"short": geometry.coordinates must have at least 2 items.',
      'Feature #6: The record must be an object, not null.',
    ]);
  });

  it('says a required field is missing, and keeps the schema’s own words where it has them', () => {
    const missing = calm('no-summary');
    delete (missing.properties as Partial<typeof missing.properties>).summary;
    const http = calm('plain-http');
    http.properties.sources[0]!.url = 'http://example.org';
    expect(problemsOf(missing, http)).toEqual([
      '"no-summary": properties.summary is missing.',
      '"plain-http": properties.sources[0].url must be an https:// URL.',
    ]);
  });

  it('never echoes the offending value back', () => {
    const markup = calm('markup');
    (markup.properties as Record<string, unknown>).title = ['<img src=x onerror=alert(1)>'];
    expect(problemsOf(markup).join('')).not.toContain('<img');
  });
});

describe('a problem zod would only call "Invalid input"', () => {
  it('is said in words, with where to read what the field may hold', () => {
    const union = z.object({ when: z.union([z.string(), z.number()]) });
    const refined = z.object({ name: z.string().check(z.refine(() => false)) });
    const messages = [
      z.safeParse(union, { when: true }, { reportInput: true }),
      z.safeParse(refined, { name: 'x' }, { reportInput: true }),
      z.safeParse(refined, [1], { reportInput: true }),
    ].map((result) => (result.success ? '' : inEnglish(describeIssue(result.error.issues[0]!))));
    expect(messages).toEqual([
      'when does not match any of the forms this field may take (see docs/DATA.md).',
      'name has a value the atlas cannot use here (see docs/DATA.md).',
      'The record must be an object, not a list.',
    ]);
  });
});
