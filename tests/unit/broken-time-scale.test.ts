import fc from 'fast-check';
import * as z from 'zod/mini';
import { eventFeature } from '../../src/data/event-schema';
import { anIncident } from '../fixtures/incident';
import { describe, expect, it } from 'vitest';
import { buildBrokenTimeScale, busyStretches } from '../../src/lib/broken-time-scale';
import { formatMonth } from '../../src/i18n/format';
import { addMonths, dateOfDay, dayNumber } from '../../src/lib/dates';

const d = dayNumber;
/** The story's shape: a burst around January 2020, four quiet years, a burst from October 2023. */
const story: [number, number][] = [
  [d('2019-12-27'), d('2019-12-27')],
  [d('2020-01-03'), d('2020-01-08')],
  [d('2023-10-17'), d('2024-01-27')],
  [d('2024-01-28'), d('2024-01-28')],
];

describe('a time scale with the quiet years cut out', () => {
  it('keeps the two bursts as whole months and breaks the axis once between them', () => {
    const scale = buildBrokenTimeScale(story, { width: 900 });
    expect(scale.segments.map((s) => [dateOfDay(s.start), dateOfDay(s.end)])).toEqual([
      ['2019-12-01', '2020-02-01'],
      ['2023-10-01', '2024-02-01'],
    ]);
    expect(scale.breaks).toHaveLength(1);
    expect(scale.breaks[0]?.x1).toBeGreaterThan(scale.breaks[0]?.x0 ?? Infinity);
    expect(dateOfDay(scale.firstDay)).toBe('2019-12-01');
    expect(dateOfDay(scale.lastDay)).toBe('2024-01-31');
  });

  it('spans the whole width, first day at 0 and the end of the last day at the right edge', () => {
    const scale = buildBrokenTimeScale(story, { width: 900 });
    expect(scale.x(scale.firstDay)).toBe(0);
    expect(scale.x(scale.lastDay + 1)).toBeCloseTo(900);
  });

  it('gives the short burst readable room even on a phone', () => {
    const scale = buildBrokenTimeScale(story, { width: 360 });
    const [first] = scale.segments;
    expect(first && first.x1 - first.x0).toBeGreaterThanOrEqual(0.3 * (360 - 28) - 0.01);
  });

  it('merges stretches that are close, and keeps one segment when nothing is quiet', () => {
    expect(
      busyStretches(
        [
          [d('2020-01-05'), d('2020-01-05')],
          [d('2020-02-20'), d('2020-02-20')],
        ],
        62,
      ),
    ).toEqual([[d('2020-01-01'), d('2020-03-01')]]);
    const scale = buildBrokenTimeScale([[d('2020-01-05'), d('2020-06-05')]], { width: 500 });
    expect(scale.breaks).toEqual([]);
  });

  it('maps a day in a hidden stretch across the break, so the axis never runs backwards', () => {
    const scale = buildBrokenTimeScale(story, { width: 900 });
    const gap = scale.breaks[0];
    const hidden = scale.x(d('2022-01-01'));
    expect(hidden).toBeGreaterThan(gap?.x0 ?? 0);
    expect(hidden).toBeLessThan(gap?.x1 ?? 0);
  });

  it('turns pixels back into the same days (property)', () => {
    const scale = buildBrokenTimeScale(story, { width: 900 });
    fc.assert(
      fc.property(fc.integer({ min: scale.firstDay, max: scale.lastDay }), (day) => {
        expect(scale.invert(scale.x(day))).toBeCloseTo(day, 6);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: scale.firstDay, max: scale.lastDay - 1 }), (day) => {
        expect(scale.x(day + 1)).toBeGreaterThanOrEqual(scale.x(day));
      }),
    );
  });

  it('labels months, with the year on January and on the first tick of each segment', () => {
    const scale = buildBrokenTimeScale(story, { width: 1200 });
    const labels = scale.ticks(40).map((tick) => formatMonth(tick.date, tick.withYear));
    expect(labels).toEqual(['Dec 2019', 'Jan 2020', 'Oct 2023', 'Nov', 'Dec', 'Jan 2024']);
    for (const tick of scale.ticks(40)) expect(tick.x).toBeCloseTo(scale.x(tick.day));
  });

  it('thins the ticks when the room is short', () => {
    const scale = buildBrokenTimeScale(story, { width: 360 });
    const ticks = scale.ticks(56);
    for (let i = 1; i < ticks.length; i += 1) {
      const same = scale.segments.find((s) => ticks[i - 1]!.day >= s.start && ticks[i]!.day < s.end);
      if (same) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(56);
    }
  });
});

describe('adding months to a date', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2024-01-15', -3)).toBe('2023-10-15');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
  });
});

describe('a dataset at the ends of the calendar', () => {
  const farApart: [number, number][] = [
    [d('0001-01-01'), d('0001-01-01')],
    [d('2024-01-03'), d('2024-01-03')],
    [d('9999-12-31'), d('9999-12-31')],
  ];

  it('draws 0001, 2024 and 9999 as three segments across the width, with the last day inside', () => {
    const scale = buildBrokenTimeScale(farApart, { width: 800 });
    expect(dateOfDay(scale.firstDay)).toBe('0001-01-01');
    expect(dateOfDay(scale.lastDay)).toBe('9999-12-31');
    expect(scale.segments).toHaveLength(3);
    expect(scale.x(scale.lastDay + 1)).toBeCloseTo(800);
    expect(scale.ticks().map((tick) => formatMonth(tick.date, tick.withYear))).toEqual([
      'Jan 1',
      'Jan 2024',
      'Dec 9999',
    ]);
  });

  it('accepts the years 0001 to 9999 in the schema and refuses a year 0', () => {
    const dated = (date: string) => z.safeParse(eventFeature, anIncident('far', { date })).success;
    expect(dated('0001-01-01')).toBe(true);
    expect(dated('9999-12-31')).toBe(true);
    expect(dated('0000-06-01')).toBe(false);
    expect(dated('9999-02-29')).toBe(false);
    expect(dated('2024-13-01')).toBe(false);
    expect(dated('2024-02-30')).toBe(false);
  });
});

describe('a dataset with many separate bursts', () => {
  /** One incident every 200 days: each is its own burst, with a quiet spell long enough for a break. */
  const bursts = (count: number): [number, number][] =>
    Array.from({ length: count }, (_, i) => [d('2000-01-15') + i * 200, d('2000-01-15') + i * 200]);

  it.each([
    [45, 800],
    [45, 360],
    [1000, 1280],
    [1000, 360],
  ])(
    'fits %i bursts in %i px, drawing the shortest quiet spells to scale and counting them',
    (count, width) => {
      const scale = buildBrokenTimeScale(bursts(count), { width });
      expect(scale.x(scale.lastDay + 1)).toBeCloseTo(width);
      expect(scale.segments.length + scale.keptToScale).toBe(count);
      expect(scale.keptToScale).toBeGreaterThan(0);
      for (const gap of scale.breaks) expect(gap.x1 - gap.x0).toBeGreaterThan(7.99);
      for (const segment of scale.segments) expect(segment.x1 - segment.x0).toBeGreaterThan(11.99);
      const ticks = scale.ticks(44);
      for (let i = 1; i < ticks.length; i += 1)
        expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(44);
      expect(ticks.at(-1)!.x).toBeLessThanOrEqual(width);
    },
  );

  it('keeps full breaks and counts none kept to scale when the bursts fit', () => {
    const scale = buildBrokenTimeScale(bursts(4), { width: 900 });
    expect(scale.breaks).toHaveLength(3);
    expect(scale.keptToScale).toBe(0);
    expect(scale.breaks[0]!.x1 - scale.breaks[0]!.x0).toBe(28);
  });
});
