import { utcInstant } from './dates';
import { toUtc } from './format-date';

/** Local is where it happened, and the date every sort and filter uses. */
export type TimeDisplay = 'local' | 'utc';

export interface EventMoment {
  date: string;
  endDate?: string;
  time?: string;
  timeZone?: string;
}

/** An event known only by its local date keeps it: guessing an hour would invent a fact. */
export function displayDate(event: EventMoment, display: TimeDisplay): string {
  if (display === 'utc' && event.time && event.timeZone)
    return toUtc(event.date, event.time, event.timeZone).date;
  return event.date;
}

const persian = new Intl.DateTimeFormat('fa-IR-u-ca-persian', { dateStyle: 'long', timeZone: 'UTC' });
const hijri = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', { dateStyle: 'long', timeZone: 'UTC' });

/** Noon UTC keeps the day clear of any zone edge. */
export function otherCalendars(isoDate: string): { solarHijri: string; hijri: string } {
  const noon = utcInstant(isoDate, 12);
  return { solarHijri: persian.format(noon), hijri: hijri.format(noon) };
}
