import type { EventFeature } from '../../data/event-schema';
import type { BrokenTimeScale } from '../../lib/broken-time-scale';
import { dayNumber } from '../../lib/dates';
import { useT } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { isolateText } from '../../lib/isolate-text';
import { useAtlasStore } from '../../store/atlas-store';
import { AXIS_Y, HISTOGRAM_TOP } from './geometry';

export function ContextLines({ events, scale }: { events: readonly EventFeature[]; scale: BrokenTimeScale }) {
  const t = useT();
  const openEvent = useAtlasStore((state) => state.openEvent);
  return (
    <g className="timeline__context">
      {events.map((event) => {
        const p = event.properties;
        const x = scale.x(dayNumber(p.date) + 0.5);
        if (!Number.isFinite(x)) return null;
        return (
          <g
            key={event.id}
            data-event-id={event.id}
            onPointerDown={(pointer) => pointer.stopPropagation()}
            onClick={() => openEvent(event.id)}
          >
            <title>
              {t('timeline.contextTitle', { title: isolateText(p.title), date: formatShortDay(p.date) })}
            </title>
            <rect x={x - 4} y={HISTOGRAM_TOP} width={8} height={AXIS_Y - HISTOGRAM_TOP} fill="transparent" />
            <line x1={x} x2={x} y1={HISTOGRAM_TOP} y2={AXIS_Y} className="timeline__context-line" />
          </g>
        );
      })}
    </g>
  );
}
