/**
 * Dates are shown as the calendar date where the event happened. Formatting goes through UTC on purpose: the
 * date "2020-01-03" is a fact about Baghdad, and must not slide to 2 January in a reader's Los Angeles browser.
 */
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const shortDayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function utcDate(isoDate: string, time = '00:00'): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

export function formatDay(isoDate: string): string {
  return dayFormat.format(utcDate(isoDate));
}

const shortDays = new Map<string, string>();

/** Cached: the list formats a date per row, and a filter change can mount 200 rows at once. */
export function formatShortDay(isoDate: string): string {
  let text = shortDays.get(isoDate);
  if (text === undefined) {
    text = shortDayFormat.format(utcDate(isoDate));
    // A story spans a few thousand days at most; a bound keeps a hostile file from growing it without limit.
    if (shortDays.size >= 10_000) shortDays.clear();
    shortDays.set(isoDate, text);
  }
  return text;
}

export function formatDayRange(start: string, end?: string): string {
  if (!end || end === start) return formatDay(start);
  return `${formatDay(start)} – ${formatDay(end)}`;
}

// Building a formatter costs far more than using one; the list renders several timed incidents per zone.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** Minutes east of UTC for a zone at a given instant, read from the platform's time-zone database. */
function offsetMinutesAt(instant: Date, timeZone: string): number {
  const part = offsetFormat(timeZone)
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(part ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** The zone's UTC offset in force at a local date and time (the 2020 Tehran offset differs from today's in summer). */
export function utcOffsetMinutes(isoDate: string, time: string, timeZone: string): number {
  const asIfUtc = utcDate(isoDate, time);
  const guess = offsetMinutesAt(asIfUtc, timeZone);
  return offsetMinutesAt(new Date(asIfUtc.getTime() - guess * 60_000), timeZone);
}

export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const absolute = Math.abs(minutes);
  const hours = Math.floor(absolute / 60);
  const rest = absolute % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** "Tehran" from "Asia/Tehran": readers know cities, not IANA identifiers. */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/** The same moment in UTC, which may fall on the previous calendar day. */
export function toUtc(isoDate: string, time: string, timeZone: string): { date: string; time: string } {
  const instant = new Date(
    utcDate(isoDate, time).getTime() - utcOffsetMinutes(isoDate, time, timeZone) * 60_000,
  );
  const text = instant.toISOString();
  return { date: text.slice(0, 10), time: text.slice(11, 16) };
}
