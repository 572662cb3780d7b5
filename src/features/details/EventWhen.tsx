import type { EventProperties } from '../../data/event-schema';
import { displayDate, otherCalendars } from '../../lib/event-time';
import { Msg, useT } from '../../i18n';
import { formatDayRange, formatShortDay, formatZone } from '../../i18n/format';
import { formatUtcOffset, toUtc, utcOffsetMinutes } from '../../lib/format-date';
import { useAtlasStore } from '../../store/atlas-store';

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
            <Msg
              id="details.whenLocal"
              values={{
                date: <time dateTime={date}>{formatDayRange(date, endDate)}</time>,
                time: <time dateTime={`${date}T${time}`}>{time}</time>,
                city: formatZone(timeZone, date, time),
                offset: formatUtcOffset(utcOffsetMinutes(date, time, timeZone)),
              }}
            />
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
  const t = useT();
  const utc = toUtc(date, time, timeZone);
  return (
    <span className="detail__utc">
      {t('details.utcLine', {
        time: utc.time,
        sameDay: utc.date === date ? 'yes' : 'no',
        date: formatShortDay(utc.date),
      })}
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
  const t = useT();
  const utc = toUtc(date, time, timeZone);
  return (
    <>
      <time dateTime={`${utc.date}T${utc.time}Z`}>
        {t('details.whenUtc', { date: formatDayRange(utc.date, endDate), time: utc.time })}
      </time>
      <span className="detail__utc">
        {t('details.localLine', {
          time,
          city: formatZone(timeZone, date, time),
          offset: formatUtcOffset(utcOffsetMinutes(date, time, timeZone)),
          sameDay: utc.date === date ? 'yes' : 'no',
          date: formatShortDay(date),
        })}
      </span>
    </>
  );
}

function Calendars({ date, endDate }: { date: string; endDate?: string }) {
  const t = useT();
  const start = otherCalendars(date);
  const end = endDate && endDate !== date ? otherCalendars(endDate) : undefined;
  const range = (from: string, to: string | undefined) =>
    to ? t('details.calendarRange', { from, to }) : from;
  return (
    <span className="detail__utc detail__calendars">
      <Msg
        id="details.solarHijri"
        values={{ date: range(start.solarHijri, end?.solarHijri) }}
        components={{ 0: <span lang="fa" dir="rtl" /> }}
      />
      <br />
      <Msg
        id="details.hijri"
        values={{ date: range(start.hijri, end?.hijri) }}
        components={{ 0: <span lang="ar" dir="rtl" /> }}
      />
    </span>
  );
}
