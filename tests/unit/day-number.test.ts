import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateOfDay, dayNumber } from '../../src/lib/dates';
import { toUtc } from '../../src/lib/format-date';

describe('day numbers', () => {
  it('counts whole days since 1970 for a calendar date, the same every time it is asked', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-01-03')).toBe(19725);
    expect(dayNumber('2024-01-03')).toBe(19725);
    expect(dateOfDay(dayNumber('2020-01-03'))).toBe('2020-01-03');
  });

  it('keeps answering correctly after thousands of distinct dates', () => {
    for (let offset = 0; offset < 60_000; offset += 1) expect(dayNumber(dateOfDay(offset))).toBe(offset);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('far dates', () => {
  it('reads the first and last days a dataset can hold, and the day after the last', () => {
    expect(dateOfDay(dayNumber('0001-01-01'))).toBe('0001-01-01');
    expect(dateOfDay(dayNumber('0050-03-01'))).toBe('0050-03-01');
    expect(dateOfDay(dayNumber('9999-12-31'))).toBe('9999-12-31');
    expect(addDays('9999-12-31', 1)).toBe('+010000-01-01');
    expect(dayNumber(addDays('9999-12-31', 1))).toBe(dayNumber('9999-12-31') + 1);
    expect(addMonths('9999-12-01', 1)).toBe('+010000-01-01');
  });

  it('gives the UTC moment of a New Year’s Eve in New York in the year 10000', () => {
    expect(toUtc('9999-12-31', '23:00', 'America/New_York')).toEqual({
      date: '+010000-01-01',
      time: '04:00',
    });
  });
});
