import { isoDateOf, utcInstant } from './dates';

function utcDate(isoDate: string, time = '00:00'): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return utcInstant(isoDate, hours, minutes);
}

// Building a formatter costs far more than using one; the list renders many timed incidents per zone.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset', numberingSystem: 'latn' });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** Only the signed digits of `longOffset` are read, whatever words a locale adds; none means UTC. */
function offsetMinutesAt(instant: Date, timeZone: string): number {
  const part = offsetFormat(timeZone)
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /([+\-\u2212])(\d{1,2})(?::?(\d{2}))?/.exec(part ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '+' ? minutes : -minutes;
}

/** The offset in force then (Tehran's 2020 summer offset differs from today's). */
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

export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

export function toUtc(isoDate: string, time: string, timeZone: string): { date: string; time: string } {
  const instant = new Date(
    utcDate(isoDate, time).getTime() - utcOffsetMinutes(isoDate, time, timeZone) * 60_000,
  );
  // 9999-12-31 23:00 in New York is in the year 10000 in UTC, which toISOString writes with six digits.
  return { date: isoDateOf(instant), time: instant.toISOString().slice(-13, -8) };
}
