import { describe, expect, it } from 'vitest';
import { addDays, dateOfDay, dayNumber } from '../../src/lib/dates';

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
