const MS_PER_DAY = 86_400_000;

/** Never through Date.UTC, which turns the years 0–99 into 1900–1999. */
export function utcInstant(isoDate: string, hours = 0, minutes = 0): Date {
  return new Date(Date.parse(isoDate) + (hours * 60 + minutes) * 60_000);
}

/** "+010000-01-01" past 9999 (where the timeline's last month ends). */
export function isoDateOf(instant: Date): string {
  const iso = instant.toISOString();
  return iso.slice(0, iso.indexOf('T'));
}

/** The local calendar date is the fact: moved through UTC, a 00:30 Baghdad event would fall a day back. */
export function dayNumber(isoDate: string): number {
  return Math.round(utcInstant(isoDate).getTime() / MS_PER_DAY);
}

export function dateOfDay(day: number): string {
  return isoDateOf(new Date(day * MS_PER_DAY));
}

export function addDays(isoDate: string, days: number): string {
  return dateOfDay(dayNumber(isoDate) + days);
}

/** Clamped to the month's last day (31 Jan + 1 → 29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const target = utcInstant(isoDate);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months + 1, 0);
  target.setUTCDate(Math.min(Number(isoDate.slice(-2)), target.getUTCDate()));
  return isoDateOf(target);
}

export function monthStartOf(isoDate: string): string {
  return `${isoDate.slice(0, isoDate.lastIndexOf('-'))}-01`;
}
