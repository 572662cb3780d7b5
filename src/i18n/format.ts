import type { EventMoment, TimeDisplay } from '../lib/event-time';
import { utcInstant } from '../lib/dates';
import { formatUtcOffset, toUtc, utcOffsetMinutes, zoneCity } from '../lib/format-date';
import { decorate, intlLocale, t } from './i18n';

/** Building an Intl formatter costs far more than using one; the list formats a date per row. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  kind: string,
  make: (locale: string) => F,
): F {
  const locale = intlLocale();
  const key = `${locale}|${kind}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

const dateFormat = (kind: string, options: Intl.DateTimeFormatOptions) =>
  cached(kind, (locale) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));

/** Through UTC on purpose: "2020-01-03" in Baghdad must not slide to 2 January in Los Angeles. */
export function utcDate(isoDate: string, time = '00:00'): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return utcInstant(isoDate, hours, minutes);
}

const LONG_DAY: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
};
const SHORT_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

export function formatDay(isoDate: string): string {
  return decorate(dateFormat('day', LONG_DAY).format(utcDate(isoDate)));
}

export function formatShortDay(isoDate: string): string {
  return decorate(dateFormat('short-day', SHORT_DAY).format(utcDate(isoDate)));
}

export function formatDayRange(start: string, end?: string): string {
  if (!end || end === start) return formatDay(start);
  return decorate(dateFormat('day', LONG_DAY).formatRange(utcDate(start), utcDate(end)));
}

export function formatMonth(isoDate: string, withYear: boolean): string {
  const options: Intl.DateTimeFormatOptions = withYear
    ? { month: 'short', year: 'numeric' }
    : { month: 'short' };
  return decorate(dateFormat(withYear ? 'month-year' : 'month', options).format(utcDate(isoDate)));
}

/** Noon UTC keeps the day clear of any zone edge. */
export function formatInCalendar(isoDate: string, calendar: 'persian' | 'islamic-umalqura'): string {
  const format = cached(
    `calendar-${calendar}`,
    (locale) => new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}`, { dateStyle: 'long', timeZone: 'UTC' }),
  );
  return decorate(format.format(utcInstant(isoDate, 12)));
}

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return decorate(
    cached(`number-${JSON.stringify(options)}`, (locale) => new Intl.NumberFormat(locale, options)).format(
      value,
    ),
  );
}

export function formatList(
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return cached(`list-${type}`, (locale) => new Intl.ListFormat(locale, { type })).format(items);
}

const regionNames = new Map<string, Intl.DisplayNames>();

export function formatCountry(code: string): string {
  const locale = intlLocale();
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    regionNames.set(locale, names);
  }
  try {
    return decorate(names.of(code) ?? code);
  } catch {
    return code;
  }
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** Calendar days, not hours, because an as-of date is a date. */
export function formatDaysAgo(isoDate: string, today: string): string {
  const days = Math.round((utcDate(isoDate).getTime() - utcDate(today).getTime()) / 86_400_000);
  const locale = intlLocale();
  let format = relativeFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relativeFormats.set(locale, format);
  }
  const ago = Math.abs(days);
  if (ago < 31) return decorate(format.format(days, 'day'));
  if (ago < 365) return decorate(format.format(Math.round(days / 30.44), 'month'));
  return decorate(format.format(Math.round(days / 365.25), 'year'));
}

/** "Baghdad", not "Arabian Standard Time"; other languages get Intl's name, as IANA cities are English. */
export function formatZone(timeZone: string, date: string, time: string): string {
  if (intlLocale().split('-')[0] === 'en') return decorate(zoneCity(timeZone));
  const parts = new Intl.DateTimeFormat(intlLocale(), {
    timeZone,
    timeZoneName: 'longGeneric',
  }).formatToParts(utcDate(date, time));
  return decorate(parts.find((part) => part.type === 'timeZoneName')?.value ?? zoneCity(timeZone));
}

export function formatEventMoment(event: EventMoment, display: TimeDisplay): string {
  const { date, time, timeZone } = event;
  if (!time || !timeZone) return formatShortDay(date);
  if (display === 'utc') {
    const utc = toUtc(date, time, timeZone);
    return t('format.momentUtc', { date: formatShortDay(utc.date), time: utc.time });
  }
  return t('format.momentLocal', {
    date: formatShortDay(date),
    time,
    city: formatZone(timeZone, date, time),
    offset: formatUtcOffset(utcOffsetMinutes(date, time, timeZone)),
  });
}
