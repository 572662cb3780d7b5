import { utcInstant } from './dates';
import { toUtc } from './format-date';

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

const persian = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { dateStyle: 'long', timeZone: 'UTC' });
const hijri = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * The same civil day in the Solar Hijri (Iran's official calendar) and the Umm al-Qura Hijri calendar, from the
 * platform's calendars rather than a hand-written converter. Noon UTC keeps the day clear of any zone edge.
 */
export function otherCalendars(isoDate: string): { solarHijri: string; hijri: string } {
  const noon = utcInstant(isoDate, 12);
  return { solarHijri: persian.format(noon), hijri: hijri.format(noon) };
}
