import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { inEnglish } from '../../scripts/i18n/english';
import { indexDataset } from '../../src/data/dataset-index';
import { describeIssue } from '../../src/data/describe-issue';
import { eventFeature, isMapped, type EventFeature } from '../../src/data/event-schema';
import { isMirror, mirrorOnlyWarnings, unbackedSupportWarnings } from '../../src/data/source-checks';
import { toMapEvents } from '../../src/map/bindings/to-map-features';
import { anIncident } from '../fixtures/incident';

const withProperties = (extra: Record<string, unknown>, geometry?: unknown) => {
  const event = anIncident('a-record', { title: 'A record' });
  return {
    ...event,
    ...(geometry !== undefined ? { geometry } : {}),
    properties: { ...event.properties, ...extra },
  };
};
const problems = (raw: unknown) => {
  const result = z.safeParse(eventFeature, raw);
  return result.success ? [] : result.error.issues.map((issue) => inEnglish(describeIssue(issue)));
};

describe('a record with no mappable location', () => {
  it('has a null geometry and precision "none", and is left off the map', () => {
    const raw = withProperties({ precision: 'none', precisionKm: 0, place: 'Northern Red Sea' }, null);
    expect(problems(raw)).toEqual([]);
    const event = z.parse(eventFeature, raw);
    expect(isMapped(event)).toBe(false);
    expect(toMapEvents(indexDataset([event])).features).toHaveLength(0);
  });

  it('is refused when only one of the two says so', () => {
    expect(problems(withProperties({ precision: 'none', precisionKm: 0 }))).toEqual([
      'geometry must be null exactly when precision is "none" (no mappable location).',
    ]);
    expect(problems(withProperties({}, null))).toEqual([
      'geometry must be null exactly when precision is "none" (no mappable location).',
    ]);
  });
});

describe('a context record', () => {
  it('belongs to no thread and is not drawn as an incident', () => {
    const { thread: _thread, ...rest } = withProperties({ kind: 'context', category: 'war' }).properties;
    const raw = { ...anIncident('a-record', { title: 'A record' }), properties: rest };
    expect(problems(raw)).toEqual([]);
    expect(toMapEvents(indexDataset([z.parse(eventFeature, raw)])).features).toHaveLength(0);
  });

  it('is refused with a thread, and an incident without one', () => {
    expect(problems(withProperties({ kind: 'context' }))).toEqual([
      'properties.thread must be left out: a context record belongs to no thread of the story.',
    ]);
    const { thread: _thread, ...rest } = anIncident('a-record', { title: 'A record' }).properties;
    expect(problems({ ...anIncident('a-record', { title: 'A record' }), properties: rest })).toEqual([
      'properties.thread is required (only a context record has none).',
    ]);
  });
});

describe('statements and what sources support', () => {
  it('quotes a statement from one of the record’s own sources', () => {
    const said = {
      who: 'A spokesman',
      date: '2024-01-03',
      quote: 'Words.',
      source: 'https://example.org/report',
    };
    expect(problems(withProperties({ statements: [said] }))).toEqual([]);
    expect(
      problems(withProperties({ statements: [{ ...said, source: 'https://example.org/elsewhere' }] })),
    ).toEqual(["properties.statements[0].source must be the url of one of the record's sources."]);
  });

  it('names what each source backs from a closed list', () => {
    const sources = [
      { title: 'A report', publisher: 'A publisher', url: 'https://example.org/r', supports: ['killed'] },
    ];
    expect(problems(withProperties({ sources }))).toEqual([]);
    expect(problems(withProperties({ sources: [{ ...sources[0], supports: ['rumour'] }] }))).not.toEqual([]);
  });
});

describe('the mirror rule', () => {
  it('warns about a record whose every source is a mirror, not one that also cites the original', () => {
    expect(isMirror('https://wikimili.com/en/Tower_22_drone_attack')).toBe(true);
    expect(isMirror('https://de.wikial.top/wiki/K-1_Air_Base')).toBe(true);
    expect(isMirror('https://en.wikipedia.org/wiki/Tower_22_drone_attack')).toBe(false);
    const record = (...urls: string[]) => ({
      id: 'r',
      properties: { sources: urls.map((url) => ({ title: 't', publisher: 'p', url })) },
    });
    expect(mirrorOnlyWarnings([record('https://wikimili.com/a', 'https://tacgeardrop.com/b')])).toHaveLength(
      1,
    );
    expect(mirrorOnlyWarnings([record('https://wikimili.com/a', 'https://apnews.com/b')])).toHaveLength(0);
  });
});

describe('what a source says it backs', () => {
  const citing = (supports: EventFeature['properties']['sources'][number]['supports'], extra = {}) =>
    anIncident('a-record', {
      sources: [{ title: 'A report', publisher: 'A publisher', url: 'https://example.org/r', supports }],
      ...extra,
    });
  const warned = (event: EventFeature) => unbackedSupportWarnings([event]).map((w) => inEnglish(w.message));

  it('warns when a source backs a figure or field the record does not have', () => {
    expect(warned(citing(['date', 'killed', 'time'], { injured: 3 }))).toEqual([
      '"a-record": sources[0] says it backs killed, time, which the record does not have; drop the word or add the field.',
    ]);
  });

  it('accepts words for fields the record has, and a figure kept only in its revisions', () => {
    const event = citing(['date', 'place', 'account', 'position', 'killed', 'injured', 'claim'], {
      injured: 0,
      claimedBy: 'A group, on its channel',
      casualtyRevisions: [{ date: '2024-01-03', killed: 4, source: 'A report' }],
    });
    expect(warned(event)).toEqual([]);
  });

  it('says a record with no point backs no position', () => {
    const event = { ...citing(['position']), geometry: null };
    expect(warned(event as EventFeature)).toHaveLength(1);
  });
});
