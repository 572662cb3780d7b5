import { useEffect, useMemo, useState } from 'react';
import { isMapped } from '../../data/event-schema';
import { useEventsQuery } from '../../data/use-dataset';
import { useVisibleEvents } from '../../data/visible-events';
import { useT } from '../../i18n';
import { useAtlasStore, type AtlasState } from '../../store/atlas-store';
import type { MapHandle } from '../create-map';
import { boundsOf, contains, type Bounds } from './bounds-of';

const selectFiltering = (state: AtlasState) =>
  Boolean(state.categories.length || state.threads.length || state.search.trim() || state.timeWindow);

function useView(handle: MapHandle): Bounds {
  const [view, setView] = useState<Bounds>(() => handle.view());
  useEffect(() => handle.watchView(setView), [handle]);
  return view;
}

/**
 * While a filter is on, a button frames every matching incident; when none of them is in view, the map says so
 * first, so a filtered map is never silently empty.
 */
export function EmptyViewHint({ handle }: { handle: MapHandle }) {
  const t = useT();
  const filtering = useAtlasStore(selectFiltering);
  const loaded = useEventsQuery().isSuccess;
  const visible = useVisibleEvents();
  const points = useMemo(
    () => visible.filter(isMapped).map((event) => event.geometry.coordinates),
    [visible],
  );
  const box = useMemo(() => boundsOf(points), [points]);
  const view = useView(handle);
  const anyInView = useMemo(() => points.some((point) => contains(view, point)), [points, view]);
  if (!filtering || !loaded) return null;
  const frame = () => box && void handle.controller.frame(box);
  const message = !visible.length
    ? t('mapHint.noMatch')
    : !box
      ? t('mapHint.noPlace', { count: visible.length })
      : !anyInView
        ? t('mapHint.outOfView', { count: points.length })
        : null;
  return (
    <div className="map-hint" data-empty={message ? '' : undefined}>
      <p className="map-hint__message" role="status">
        {message}
      </p>
      {box && (
        <button type="button" className="map-hint__frame" onClick={frame}>
          {!anyInView
            ? t('mapHint.showThem', { count: points.length })
            : t('mapHint.showAll', { count: points.length })}
        </button>
      )}
    </div>
  );
}
