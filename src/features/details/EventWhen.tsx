import type { EventProperties } from '../../data/event-schema';
import { displayDate, otherCalendars } from '../../lib/event-time';
import { formatDayRange, formatShortDay } from '../../i18n/format';
import { formatUtcOffset, toUtc, utcOffsetMinutes, zoneCity } from '../../lib/format-date';
import { useAtlasStore } from '../../store/atlas-store';

/**
 * Local date and time where it happened, with the zone and its offset, and the same moment in UTC; the reader's
 * UTC preference swaps which comes first. The Solar Hijri and Hijri dates of the shown day sit underneath.
 */
export function EventWhen({ event }: { event: EventProperties }) {
  const utcFirst = useAtlasStore((state) => state.timeDisplay) === 'utc';
  const { date, endDate, time, timeZone } = event;
  const shownDate = displayDate(event, utcFirst ? 'utc' : 'local');
  return (
    <>
      {time && timeZone ? (
        utcFirst ? (
          <UtcFirst date={date} endDate={endDate} time={time} timeZone={timeZone} />
        ) : (
          <>
            <time dateTime={date}>{formatDayRange(date, endDate)}</time>
            {', '}
            <time dateTime={`${date}T${time}`}>{time}</time> {zoneCity(timeZone)} time (
            {formatUtcOffset(utcOffsetMinutes(date, time, timeZone))})
            <UtcLine date={date} time={time} timeZone={timeZone} />
          </>
        )
      ) : (
        <time dateTime={date}>{formatDayRange(date, endDate)}</time>
      )}
      <Calendars date={shownDate} endDate={endDate} />
    </>
  );
}

function UtcLine({ date, time, timeZone }: { date: string; time: string; timeZone: string }) {
  const utc = toUtc(date, time, timeZone);
  return (
    <span className="detail__utc">
      {utc.date === date ? `${utc.time} UTC` : `${utc.time} UTC on ${formatShortDay(utc.date)}`}
    </span>
  );
}

function UtcFirst({
  date,
  endDate,
  time,
  timeZone,
}: {
  date: string;
  endDate?: string;
  time: string;
  timeZone: string;
}) {
  const utc = toUtc(date, time, timeZone);
  const offset = formatUtcOffset(utcOffsetMinutes(date, time, timeZone));
  return (
    <>
      <time dateTime={`${utc.date}T${utc.time}Z`}>
        {formatDayRange(utc.date, endDate)}, {utc.time} UTC
      </time>
      <span className="detail__utc">
        {time} {zoneCity(timeZone)} time ({offset}){utc.date === date ? '' : ` on ${formatShortDay(date)}`}
      </span>
    </>
  );
}

function Calendars({ date, endDate }: { date: string; endDate?: string }) {
  const start = otherCalendars(date);
  const end = endDate && endDate !== date ? otherCalendars(endDate) : undefined;
  return (
    <span className="detail__utc detail__calendars">
      Solar Hijri:{' '}
      <span lang="fa" dir="rtl">
        {end ? `${start.solarHijri} – ${end.solarHijri}` : start.solarHijri}
      </span>
      <br />
      Hijri:{' '}
      <span lang="ar" dir="rtl">
        {end ? `${start.hijri} – ${end.hijri}` : start.hijri}
      </span>
    </span>
  );
}
