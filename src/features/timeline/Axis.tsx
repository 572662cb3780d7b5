import type { BrokenTimeScale } from '../../lib/broken-time-scale';
import { dateOfDay } from '../../lib/dates';
import { useT } from '../../i18n';
import { formatMonth, formatShortDay } from '../../i18n/format';
import { AXIS_Y, HEIGHT, HISTOGRAM_TOP } from './geometry';

export function Axis({ scale, minTickSpacing }: { scale: BrokenTimeScale; minTickSpacing: number }) {
  const t = useT();
  return (
    <g className="timeline__axis">
      {scale.segments.map((segment) => (
        <line key={segment.start} x1={segment.x0} x2={segment.x1} y1={AXIS_Y} y2={AXIS_Y} />
      ))}
      {scale.ticks(minTickSpacing).map((tick) => (
        <g key={tick.day} transform={`translate(${tick.x},0)`}>
          <line y1={AXIS_Y} y2={AXIS_Y + 4} />
          <text y={HEIGHT - 3} x={2}>
            {formatMonth(tick.date, tick.withYear)}
          </text>
        </g>
      ))}
      {scale.breaks.map((gap) => {
        const mid = (gap.x0 + gap.x1) / 2;
        return (
          <g key={gap.fromDay} className="timeline__break">
            <title>
              {t('timeline.gap', {
                from: formatShortDay(dateOfDay(gap.fromDay)),
                to: formatShortDay(dateOfDay(gap.toDay - 1)),
              })}
            </title>
            <rect
              x={gap.x0 + 3}
              width={gap.x1 - gap.x0 - 6}
              y={HISTOGRAM_TOP}
              height={AXIS_Y - HISTOGRAM_TOP}
            />
            <path d={`M${mid - 6} ${AXIS_Y + 5}l4 -10M${mid + 2} ${AXIS_Y + 5}l4 -10`} />
          </g>
        );
      })}
    </g>
  );
}
