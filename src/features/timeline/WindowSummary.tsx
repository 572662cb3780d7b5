import { formatShortDay } from '../../lib/format-date';
import { useAtlasStore } from '../../store/atlas-store';
import { selectTimeWindow } from '../../store/selectors';
import { useVisibleEvents } from '../../store/use-story-data';

/** What the window holds, in words: the dates, and how many incidents the map and list now show. */
export function WindowSummary({ total }: { total: number }) {
  const timeWindow = useAtlasStore(selectTimeWindow);
  const shown = useVisibleEvents().length;
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
