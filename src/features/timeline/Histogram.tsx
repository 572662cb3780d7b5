import { memo, useMemo } from 'react';
import type { BrokenTimeScale } from '../../lib/broken-time-scale';
import { binDaysFor, histogram } from '../../lib/day-histogram';
import { HISTOGRAM_HEIGHT, HISTOGRAM_TOP } from './geometry';

export const Histogram = memo(function Histogram({
  starts,
  scale,
}: {
  /** Each event's first day. */
  starts: Int32Array;
  scale: BrokenTimeScale;
}) {
  const binDays = binDaysFor(scale);
  const bins = useMemo(() => histogram(starts, binDays), [starts, binDays]);
  const peak = Math.max(1, ...bins.map((bin) => bin.count));
  const bottom = HISTOGRAM_TOP + HISTOGRAM_HEIGHT;
  return (
    <g className="timeline__histogram">
      {bins.map((bin) => {
        const x0 = scale.x(bin.start);
        const height = Math.max(1.5, (bin.count / peak) * HISTOGRAM_HEIGHT);
        return (
          <rect
            key={bin.start}
            x={x0 + 0.5}
            width={Math.max(1, scale.x(bin.end) - x0 - 1)}
            y={bottom - height}
            height={height}
          />
        );
      })}
      {scale.segments.map((segment) => (
        <line
          key={segment.start}
          className="timeline__baseline"
          x1={segment.x0}
          x2={segment.x1}
          y1={bottom + 0.5}
          y2={bottom + 0.5}
        />
      ))}
    </g>
  );
});
