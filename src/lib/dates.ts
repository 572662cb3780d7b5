const MS_PER_DAY = 86_400_000;

// The timeline asks for every event's day on each brush move (100,000 at a time in the benchmark), and a
// dataset has only a few thousand distinct dates; remembering them turns the parsing into a lookup.
const knownDays = new Map<string, number>();
const MAX_KNOWN_DAYS = 50_000;

/**
 * The UTC instant of a civil date and time. The date is read as ISO 8601 does ("+010000-01-01" too), never
 * through Date.UTC, which would turn the years 0–99 into 1900–1999.
 */
export function utcInstant(isoDate: string, hours = 0, minutes = 0): Date {
  return new Date(Date.parse(isoDate) + (hours * 60 + minutes) * 60_000);
}

/** The UTC civil date of an instant: "+010000-01-01" past 9999 (where the timeline's last month ends), read back by utcInstant. */
export function isoDateOf(instant: Date): string {
  const iso = instant.toISOString();
  return iso.slice(0, iso.indexOf('T'));
}

/**
 * Whole days since 1970-01-01 for a local calendar date. Events are dated where they happened, so the
 * calendar date is the fact and is never moved through UTC (which would shift a 00:30 Baghdad event back a day).
 */
export function dayNumber(isoDate: string): number {
  let days = knownDays.get(isoDate);
  if (days === undefined) {
    days = Math.round(utcInstant(isoDate).getTime() / MS_PER_DAY);
    if (knownDays.size >= MAX_KNOWN_DAYS) knownDays.clear();
    knownDays.set(isoDate, days);
  }
  return days;
}

export function dateOfDay(day: number): string {
  return isoDateOf(new Date(day * MS_PER_DAY));
}

export function addDays(isoDate: string, days: number): string {
  return dateOfDay(dayNumber(isoDate) + days);
}

/** The same day of the month, months later (or earlier); clamped to the month's last day (31 Jan + 1 → 29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const target = utcInstant(isoDate);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months + 1, 0);
  target.setUTCDate(Math.min(Number(isoDate.slice(-2)), target.getUTCDate()));
  return isoDateOf(target);
}

/** The first day of the date's month. */
export function monthStartOf(isoDate: string): string {
  return `${isoDate.slice(0, isoDate.lastIndexOf('-'))}-01`;
}
