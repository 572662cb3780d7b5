import type { EventProperties } from '../../data/event-schema';
import {
  formatDayRange,
  formatUtcOffset,
  toUtc,
  utcOffsetMinutes,
  zoneCity,
  formatShortDay,
} from '../../lib/format-date';

/** Local date and time where it happened, with the zone and its offset, and the same moment in UTC. */
export function EventWhen({ event }: { event: EventProperties }) {
  const { date, endDate, time, timeZone } = event;
  return (
    <>
      <time dateTime={date}>{formatDayRange(date, endDate)}</time>
      {time && timeZone && (
        <>
          {', '}
          <time dateTime={`${date}T${time}`}>{time}</time> {zoneCity(timeZone)} time (
          {formatUtcOffset(utcOffsetMinutes(date, time, timeZone))})
          <UtcLine date={date} time={time} timeZone={timeZone} />
        </>
      )}
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
