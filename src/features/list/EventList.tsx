import { useCallback, useEffect, useRef, useState } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { useOpenEvent } from '../../map/controller/use-open-event';
import { selectHoveredId, selectSelectedId } from '../../store/selectors';
import { useEventDrawing } from '../../data/use-dataset';
import { useEventsLoading, useVisibleEvents, useVisibleOutOf } from '../../data/visible-events';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import { useT } from '../../i18n';
import { EventRow } from './EventRow';

/** 100,000 buttons in the page would stall every filter change for seconds. */
export const ROWS_PER_PAGE = 200;

export function EventList() {
  const t = useT();
  const loading = useEventsLoading();
  const total = useVisibleOutOf();
  const dots = useEventDrawing() === 'dots';
  const visible = useVisibleEvents();
  const theme = useEffectiveTheme();
  const timeDisplay = useAtlasStore((state) => state.timeDisplay);
  const hoveredId = useAtlasStore(selectHoveredId);
  const hoverOrigin = useAtlasStore((state) => state.hoverOrigin);
  const selectedId = useAtlasStore(selectSelectedId);
  const listRef = useRef<HTMLOListElement>(null);
  const [rowLimit, setRowLimit] = useState(ROWS_PER_PAGE);
  const shown = visible.length > rowLimit ? visible.slice(0, rowLimit) : visible;
  const hidden = visible.length - shown.length;

  const openEvent = useOpenEvent();
  const onOpen = useCallback((id: string) => openEvent(id, { fly: true }), [openEvent]);
  const onHover = useCallback((id: string | null) => useAtlasStore.getState().hover(id, 'list'), []);

  useEffect(() => {
    if (hoverOrigin !== 'map' || !hoveredId) return;
    listRef.current
      ?.querySelector(`[data-event-id="${CSS.escape(hoveredId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [hoveredId, hoverOrigin]);

  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="panel-heading">
        {t('list.heading')}{' '}
        {!loading && (
          <span className="count">
            {visible.length === total
              ? t('list.countAll', { total })
              : t('list.countSome', { shown: visible.length, total })}
          </span>
        )}
      </h2>
      {loading && (
        <p className="empty" role="status">
          {t('list.loading')}
        </p>
      )}
      {visible.length === 0 && total > 0 && <p className="empty">{t('list.noMatch', { total })}</p>}
      <ol ref={listRef} className="event-list__items" id="event-list" tabIndex={-1}>
        {shown.map((event) => (
          <EventRow
            key={event.id}
            event={event}
            theme={theme}
            timeDisplay={timeDisplay}
            dots={dots}
            hovered={event.id === hoveredId}
            selected={event.id === selectedId}
            onOpen={onOpen}
            onHover={onHover}
          />
        ))}
      </ol>
      {hidden > 0 && (
        <p className="empty">
          {t('list.showingFirst', { shown: shown.length, total: visible.length })}{' '}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setRowLimit((limit) => limit + ROWS_PER_PAGE)}
          >
            {t('list.showMore', { count: Math.min(ROWS_PER_PAGE, hidden) })}
          </button>
        </p>
      )}
    </section>
  );
}
