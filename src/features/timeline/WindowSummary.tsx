import { useMemo } from 'react';
import type { EventFeature } from '../../data/event-schema';
import { inTimeWindow } from '../../data/filter-events';
import { formatShortDay } from '../../lib/format-date';
import { useAtlasStore } from '../../store/atlas-store';
import { selectTimeWindow } from '../../store/selectors';

/**
 * What the window holds, in words: the dates, and how many incidents the map and list now show. Counted in
 * one pass over the already-filtered events, with no sorting, because it runs on every brush step.
 */
export function WindowSummary({ events }: { events: readonly EventFeature[] }) {
  const timeWindow = useAtlasStore(selectTimeWindow);
  const shown = useMemo(
    () =>
      timeWindow
        ? events.reduce((n, event) => (inTimeWindow(event, timeWindow) ? n + 1 : n), 0)
        : events.length,
    [events, timeWindow],
  );
  const total = events.length;
  return (
    <p className="timeline__summary">
      {timeWindow ? (
        <>
          <time dateTime={timeWindow.start}>{formatShortDay(timeWindow.start)}</time> –{' '}
          <time dateTime={timeWindow.end}>{formatShortDay(timeWindow.end)}</time>
        </>
      ) : (
        'All dates'
      )}
      <span className="count"> · {shown === total ? total : `${shown} of ${total}`} incidents</span>
    </p>
  );
}
