import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { eventFeature } from '../../src/data/event-schema';
import { inEnglish } from '../../scripts/i18n/english';
import { formatProblem, parseFeatureCollection } from '../../src/data/parse-collection';
import { anIncident } from '../fixtures/incident';

const problemsOf = (features: unknown[]) =>
  parseFeatureCollection({ type: 'FeatureCollection', features }, eventFeature, 'events').problems.map(
    (problem) => inEnglish(formatProblem(problem)),
  );

describe('text a reader cannot see', () => {
  it('refuses a title or place made only of zero-width characters, as it refuses an empty one', () => {
    const invisible = '\u200b\u200c\u200d\u2060\ufeff';
    expect(z.safeParse(eventFeature, anIncident('zw', { title: invisible })).success).toBe(false);
    expect(
      problemsOf([anIncident('zw-title', { title: invisible }), anIncident('zw-place', { place: '\u202e' })]),
    ).toEqual([
      '"zw-title": properties.title must not be empty: it holds only invisible characters.',
      '"zw-place": properties.place must not be empty: it holds only invisible characters.',
    ]);
    expect(z.safeParse(eventFeature, anIncident('ok', { title: 'Kerman\u200b bombing' })).success).toBe(true);
  });

  it('names a record with a malformed id by its position, never echoing the id', () => {
    const hostileId = 'x\u202e<img src=x>'.repeat(3);
    const problems = problemsOf([anIncident('fine'), { ...anIncident('fine-2'), id: hostileId }]);
    expect(problems).toEqual([
      'Feature #2: id must be a kebab-case slug (a-z, 0-9 and single hyphens).',
      'Feature #2: id must equal properties.id.',
    ]);
    expect(problems.join()).not.toContain('\u202e');
  });
});
