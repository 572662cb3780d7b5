import { afterEach, describe, expect, it } from 'vitest';
import { eventsToCsv } from '../../src/data/export-events';
import { indexDataset } from '../../src/data/dataset-index';
import { formatDay, formatEventMoment, formatShortDay } from '../../src/i18n/format';
import { displayDate, otherCalendars } from '../../src/lib/event-time';
import { anIncident } from '../fixtures/incident';

const justAfterMidnightInBaghdad = { date: '2020-01-08', time: '00:30', timeZone: 'Asia/Baghdad' };
const tehranAfternoon = { date: '2024-01-03', time: '15:00', timeZone: 'Asia/Tehran' };
const tehranJustAfterMidnight = { date: '2024-01-03', time: '00:10', timeZone: 'Asia/Tehran' };

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

/** The reader's own browser zone must never matter: run the same story from three continents. */
const readerZones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'];

describe('dates where it happened, around midnight and across zones', () => {
  it.each(readerZones)('shows 00:30 in Baghdad on that Baghdad day, for a reader in %s', (zone) => {
    process.env.TZ = zone;
    expect(displayDate(justAfterMidnightInBaghdad, 'local')).toBe('2020-01-08');
    expect(formatEventMoment(justAfterMidnightInBaghdad, 'local')).toBe('8 Jan 2020, 00:30 Baghdad (UTC+3)');
    expect(formatDay('2020-01-08')).toBe('Wed, 8 January 2020');
  });

  it.each(readerZones)('shows the same moment as 21:30 UTC the day before in UTC mode, in %s', (zone) => {
    process.env.TZ = zone;
    expect(displayDate(justAfterMidnightInBaghdad, 'utc')).toBe('2020-01-07');
    expect(formatEventMoment(justAfterMidnightInBaghdad, 'utc')).toBe('7 Jan 2020, 21:30 UTC');
  });

  it('keeps the half-hour of Tehran’s offset (UTC+3:30)', () => {
    expect(formatEventMoment(tehranAfternoon, 'local')).toBe('3 Jan 2024, 15:00 Tehran (UTC+3:30)');
    expect(formatEventMoment(tehranAfternoon, 'utc')).toBe('3 Jan 2024, 11:30 UTC');
    expect(formatEventMoment(tehranJustAfterMidnight, 'utc')).toBe('2 Jan 2024, 20:40 UTC');
    expect(displayDate(tehranJustAfterMidnight, 'local')).toBe('2024-01-03');
  });

  it('never moves an event known only by its date, even in UTC mode', () => {
    expect(displayDate({ date: '2020-01-03' }, 'utc')).toBe('2020-01-03');
    expect(formatEventMoment({ date: '2020-01-03', timeZone: 'Asia/Baghdad' }, 'utc')).toBe('3 Jan 2020');
  });

  it('gives the Solar Hijri and Hijri dates of the same civil day', () => {
    const kerman = otherCalendars('2024-01-03');
    expect(kerman.solarHijri).toBe('۱۳ دی ۱۴۰۲');
    expect(kerman.hijri).toMatch(/^٢١ جمادى الآخرة ١٤٤٥/);
    process.env.TZ = 'America/Los_Angeles';
    expect(otherCalendars('2024-01-03').solarHijri).toBe('۱۳ دی ۱۴۰۲');
  });

  it('formats the short day the same for a reader west of Greenwich', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(formatShortDay('2020-01-03')).toBe('3 Jan 2020');
  });
});

const event = (id: string, date: string, time?: string) =>
  anIncident(id, { at: [44.4, 33.3], date, ...(time ? { time, timeZone: 'Asia/Baghdad' } : {}) });

describe('sorting and exporting keep the local day', () => {
  it('sorts an event at 00:30 after one at 23:00 the evening before, although both fall on one UTC day', () => {
    const late = event('late-evening', '2020-01-07', '23:00');
    const early = event('just-after-midnight', '2020-01-08', '00:30');
    const untimed = event('sometime-that-day', '2020-01-08');
    expect(indexDataset([untimed, early, late]).events.map((e) => e.id)).toEqual([
      'late-evening',
      'just-after-midnight',
      'sometime-that-day',
    ]);
  });

  it('exports the local date and time as written, never a UTC-shifted day', () => {
    process.env.TZ = 'America/Los_Angeles';
    const csv = eventsToCsv([event('just-after-midnight', '2020-01-08', '00:30')]);
    const [header, row] = csv.replace('\uFEFF', '').split('\r\n');
    const columns = header?.split(',') ?? [];
    const cells = row?.split(',') ?? [];
    expect(cells[columns.indexOf('date')]).toBe('2020-01-08');
    expect(cells[columns.indexOf('time')]).toBe('00:30');
    expect(cells[columns.indexOf('timeZone')]).toBe('Asia/Baghdad');
  });
});
