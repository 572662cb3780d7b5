import { formatShortDay, formatUtcOffset, toUtc, utcOffsetMinutes, zoneCity } from './format-date';

/** Local = the wall clock where it happened (the default, and the date every sort and filter uses). */
export type TimeDisplay = 'local' | 'utc';

export interface EventMoment {
  date: string;
  endDate?: string;
  time?: string;
  timeZone?: string;
}

/**
 * The calendar date to show. Only a timed, zoned event can be moved to UTC; an event known only by its local
 * date keeps that date (guessing an hour would invent a fact).
 */
export function displayDate(event: EventMoment, display: TimeDisplay): string {
  if (display === 'utc' && event.time && event.timeZone)
    return toUtc(event.date, event.time, event.timeZone).date;
  return event.date;
}

/** "8 Jan 2020, 01:45 Baghdad (UTC+3)" or, in UTC, "7 Jan 2020, 22:45 UTC". */
export function formatEventMoment(event: EventMoment, display: TimeDisplay): string {
  const { date, time, timeZone } = event;
  if (!time || !timeZone) return formatShortDay(date);
  if (display === 'utc') {
    const utc = toUtc(date, time, timeZone);
    return `${formatShortDay(utc.date)}, ${utc.time} UTC`;
  }
  return `${formatShortDay(date)}, ${time} ${zoneCity(timeZone)} (${formatUtcOffset(utcOffsetMinutes(date, time, timeZone))})`;
}

const persian = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { dateStyle: 'long', timeZone: 'UTC' });
const hijri = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * The same civil day in the Solar Hijri (Iran's official calendar) and the Umm al-Qura Hijri calendar, from the
 * platform's calendars rather than a hand-written converter. Noon UTC keeps the day clear of any zone edge.
 */
export function otherCalendars(isoDate: string): { solarHijri: string; hijri: string } {
  const noon = new Date(`${isoDate}T12:00:00Z`);
  return { solarHijri: persian.format(noon), hijri: hijri.format(noon) };
}
