import { useT } from '../../i18n';
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { BrokenTimeScale } from '../../lib/broken-time-scale';
import { dateOfDay, dayNumber } from '../../lib/dates';
import { formatDay } from '../../i18n/format';
import { useAtlasStore } from '../../store/atlas-store';
import { selectTimeWindow } from '../../store/selectors';
import { dateForKey } from './brush-keys';
import { PAD_X } from './geometry';

type Edge = 'start' | 'end';

/** Sets the window from two days in any order; the whole span means "no window", which keeps links clean. */
export function setWindowDays(scale: BrokenTimeScale, a: number, b: number): void {
  const start = Math.max(scale.firstDay, Math.min(a, b));
  const end = Math.min(scale.lastDay, Math.max(a, b));
  const next =
    start <= scale.firstDay && end >= scale.lastDay ? null : { start: dateOfDay(start), end: dateOfDay(end) };
  useAtlasStore.getState().takeWindow(next);
}

interface BrushProps {
  scale: BrokenTimeScale;
  plotRef: RefObject<HTMLDivElement | null>;
}

export function Brush({ scale, plotRef }: BrushProps) {
  const t = useT();
  const timeWindow = useAtlasStore(selectTimeWindow);
  const startDay = timeWindow ? dayNumber(timeWindow.start) : scale.firstDay;
  const endDay = timeWindow ? dayNumber(timeWindow.end) : scale.lastDay;
  const left = PAD_X + scale.x(startDay);
  const right = PAD_X + scale.x(endDay + 1);
  const dragging = useRef<Edge | null>(null);

  const dayAt = (clientX: number) => {
    const box = plotRef.current?.getBoundingClientRect();
    return scale.invert(clientX - (box?.left ?? 0) - PAD_X);
  };
  const moveEdge = (edge: Edge, day: number) =>
    edge === 'start'
      ? setWindowDays(scale, Math.min(day, endDay), endDay)
      : setWindowDays(scale, startDay, Math.max(day, startDay));

  const onPointerDown = (edge: Edge) => (event: PointerEvent<HTMLDivElement>) => {
    event.stopPropagation();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    dragging.current = edge;
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const edge = dragging.current;
    if (!edge) return;
    const day = dayAt(event.clientX);
    moveEdge(edge, edge === 'start' ? Math.round(day) : Math.round(day) - 1);
  };
  const onPointerUp = () => {
    dragging.current = null;
  };
  const onKeyDown = (edge: Edge) => (event: KeyboardEvent<HTMLDivElement>) => {
    const value = dateOfDay(edge === 'start' ? startDay : endDay);
    const min = dateOfDay(edge === 'start' ? scale.firstDay : startDay);
    const max = dateOfDay(edge === 'start' ? endDay : scale.lastDay);
    const next = dateForKey(event.key, value, min, max);
    if (next === null) return;
    event.preventDefault();
    moveEdge(edge, dayNumber(next));
  };

  const handle = (edge: Edge, day: number, x: number, min: number, max: number) => (
    <div
      role="slider"
      tabIndex={0}
      className={`timeline__handle timeline__handle--${edge}`}
      style={{ left: x }}
      aria-label={edge === 'start' ? t('timeline.windowStart') : t('timeline.windowEnd')}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={day}
      aria-valuetext={formatDay(dateOfDay(day))}
      aria-orientation="horizontal"
      onPointerDown={onPointerDown(edge)}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown(edge)}
    />
  );

  return (
    <>
      {timeWindow && (
        <>
          <div className="timeline__shade" style={{ left: 0, width: Math.max(0, left) }} />
          <div className="timeline__shade" style={{ left: right, right: 0 }} />
          <div className="timeline__window" style={{ left, width: Math.max(0, right - left) }} />
        </>
      )}
      {handle('start', startDay, left, scale.firstDay, endDay)}
      {handle('end', endDay, right, startDay, scale.lastDay)}
    </>
  );
}
