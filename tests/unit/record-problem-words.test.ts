import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/data/dataset-problems';
import * as v from '../../src/data/validators';
import { activateLocale, translate } from '../../src/i18n';
import { anIncident } from '../fixtures/incident';

afterEach(async () => {
  await activateLocale('en');
});

async function titleProblem(): Promise<string> {
  await v.problemWords;
  const broken = anIncident('title-number', { title: 'A calm title' });
  (broken.properties as Record<string, unknown>).title = 42;
  const [problem] = v.parseFeatureCollection(
    { type: 'FeatureCollection', features: [broken] },
    v.eventFeature,
    'events',
  ).problems;
  return translate(formatProblem(problem!));
}

describe('a record’s problem, as the data notice says it', () => {
  it('comes from the catalogue of the reader’s language, and a switch rewords it', async () => {
    expect(await titleProblem()).toBe('"title-number": properties.title must be text, not a whole number.');
    await activateLocale('en-XA');
    expect(await titleProblem()).toBe(
      '"title-number": properties.title ɱûûšţ ƀéé ţééẋţ, ñööţ åå ŵĥööļéé ñûûɱƀééŕ.',
    );
    await activateLocale('en');
    expect(await titleProblem()).toBe('"title-number": properties.title must be text, not a whole number.');
  });
});
