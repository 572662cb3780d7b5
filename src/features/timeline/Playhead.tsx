import type { BrokenTimeScale } from '../../lib/broken-time-scale';
import { dayNumber } from '../../lib/dates';
import { useAtlasStore } from '../../store/atlas-store';
import { AXIS_Y, HISTOGRAM_TOP } from './geometry';

export function Playhead({ scale }: { scale: BrokenTimeScale }) {
  const playhead = useAtlasStore((state) => state.playhead);
  if (!playhead) return null;
  const x = scale.x(dayNumber(playhead) + 0.5);
  return (
    <line className="timeline__playhead" x1={x} x2={x} y1={HISTOGRAM_TOP} y2={AXIS_Y} aria-hidden="true" />
  );
}
