import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBrokenTimeScale, busyStretches } from '../../src/lib/broken-time-scale';
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
    const labels = scale.ticks(40).map((tick) => tick.label);
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
