import { useMemo, useRef, type PointerEvent } from 'react';
import type { BrokenTimeScale } from '../../lib/broken-time-scale';
import { dateOfDay } from '../../lib/dates';
import { binDaysFor } from '../../lib/day-histogram';
import { useT } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { useAtlasStore } from '../../store/atlas-store';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import { Axis } from './Axis';
import { ContextLines } from './ContextLines';
import { Brush, setWindowDays } from './Brush';
import { EventGlyphs } from './EventGlyphs';
import { HEIGHT, PAD_X } from './geometry';
import { Histogram } from './Histogram';
import { GlyphHighlight } from './GlyphHighlight';
import { placeGlyphs } from './place-glyphs';
import { Playhead } from './Playhead';
import { partitionShown, type ShownEvents } from './shown-events';

interface TimelinePlotProps {
  scale: BrokenTimeScale;
  shown: ShownEvents;
  drawGlyphs: boolean;
  width: number;
}

export function TimelinePlot({ scale, shown, drawGlyphs, width }: TimelinePlotProps) {
  const [incidents, contexts] = useMemo(
    () => partitionShown(shown, (event) => event.properties.kind !== 'context'),
    [shown],
  );
  const plotRef = useRef<HTMLDivElement>(null);
  const theme = useEffectiveTheme();
  const timeDisplay = useAtlasStore((state) => state.timeDisplay);
  const t = useT();
  const windowed = useAtlasStore((state) => state.timeWindow !== null);
  const glyphs = useMemo(
    () => (drawGlyphs ? placeGlyphs(incidents, scale) : []),
    [drawGlyphs, incidents, scale],
  );
  const anchor = useRef<number | null>(null);

  const dayAt = (clientX: number) =>
    scale.invert(clientX - (plotRef.current?.getBoundingClientRect().left ?? 0) - PAD_X);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    anchor.current = Math.floor(dayAt(event.clientX));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (anchor.current === null) return;
    const day = Math.floor(dayAt(event.clientX));
    if (day !== anchor.current) setWindowDays(scale, anchor.current, day);
  };
  const onPointerUp = () => {
    anchor.current = null;
  };

  const summary = t('timeline.plotSummary', {
    count: incidents.events.length,
    from: formatShortDay(dateOfDay(scale.firstDay)),
    to: formatShortDay(dateOfDay(scale.lastDay)),
    cut: scale.breaks.length ? 'yes' : 'no',
    bin: binDaysFor(scale) === 1 ? 'day' : 'week',
  });

  return (
    <div
      ref={plotRef}
      className="timeline__plot"
      data-windowed={windowed || undefined}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <svg width={width} height={HEIGHT} role="img" aria-label={summary}>
        <g transform={`translate(${PAD_X},0)`}>
          <ContextLines events={contexts.events} scale={scale} />
          <Histogram starts={incidents.startDay} scale={scale} />
          <Axis scale={scale} minTickSpacing={width < 500 ? 52 : 44} />
          <Playhead scale={scale} />
          {drawGlyphs && (
            <EventGlyphs events={incidents.events} glyphs={glyphs} theme={theme} timeDisplay={timeDisplay} />
          )}
          {drawGlyphs && <GlyphHighlight glyphs={glyphs} />}
        </g>
      </svg>
      <Brush scale={scale} plotRef={plotRef} />
    </div>
  );
}
