import { useMemo } from 'react';
import { dayNumber } from '../../lib/dates';
import { formatShortDay } from '../../i18n/format';
import { useAtlasStore } from '../../store/atlas-store';
import { selectTimeWindow } from '../../store/selectors';
import { useT } from '../../i18n';
import type { ShownEvents } from './shown-events';

/**
 * Runs on every brush step, so it counts integer day spans (under a millisecond at 100k events) instead of
 * filtering.
 */
export function WindowSummary({ shown: { startDay, endDay } }: { shown: ShownEvents }) {
  const timeWindow = useAtlasStore(selectTimeWindow);
  const total = startDay.length;
  const shown = useMemo(() => {
    if (!timeWindow) return total;
    const first = dayNumber(timeWindow.start);
    const last = dayNumber(timeWindow.end);
    let count = 0;
    for (let i = 0; i < total; i += 1) {
      if (endDay[i]! >= first && startDay[i]! <= last) count += 1;
    }
    return count;
  }, [startDay, endDay, timeWindow, total]);
  const t = useT();
  return (
    <p className="timeline__summary">
      {timeWindow ? (
        <>
          <time dateTime={timeWindow.start}>{formatShortDay(timeWindow.start)}</time> –{' '}
          <time dateTime={timeWindow.end}>{formatShortDay(timeWindow.end)}</time>
        </>
      ) : (
        t('timeline.allDates')
      )}
      <span className="count">
        {' · '}
        {shown === total ? t('timeline.countAll', { total }) : t('timeline.countSome', { shown, total })}
      </span>
    </p>
  );
}
