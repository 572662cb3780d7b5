const MS_PER_DAY = 86_400_000;

// The timeline asks for every event's day on each brush move (100,000 at a time in the benchmark), and a
// dataset has only a few thousand distinct dates; remembering them turns the parsing into a lookup.
const knownDays = new Map<string, number>();
const MAX_KNOWN_DAYS = 50_000;

/**
 * Whole days since 1970-01-01 for a local calendar date. Events are dated where they happened, so the
 * calendar date is the fact and is never moved through UTC (which would shift a 00:30 Baghdad event back a day).
 */
export function dayNumber(isoDate: string): number {
  let days = knownDays.get(isoDate);
  if (days === undefined) {
    const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
    days = Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
    if (knownDays.size >= MAX_KNOWN_DAYS) knownDays.clear();
    knownDays.set(isoDate, days);
  }
  return days;
}

export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return dateOfDay(dayNumber(isoDate) + days);
}

/** The same day of the month, months later (or earlier); clamped to the month's last day (31 Jan + 1 → 29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
