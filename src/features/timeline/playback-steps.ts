import { addDays, dayNumber } from '../../lib/dates';
import type { TimeWindow } from '../../store/time-slice';
import type { PlayMode } from '../../store/playback-slice';

const DEFAULT_WINDOW_DAYS = 30;
const MAX_WINDOW_DAYS = 92;

export function nextDay(days: readonly string[], playhead: string | null, from?: string): string | null {
  const after = playhead ?? (from ? addDays(from, -1) : '');
  return days.find((day) => day > after) ?? null;
}

export function previousDay(days: readonly string[], playhead: string | null): string | null {
  if (!playhead) return null;
  return days.findLast((day) => day < playhead) ?? null;
}

export function windowAt(
  playhead: string,
  mode: PlayMode,
  current: TimeWindow | null,
  firstDate: string,
): TimeWindow {
  if (mode === 'cumulative') {
    const start = current && current.start <= playhead ? current.start : firstDate;
    return { start, end: playhead };
  }
  const width = current ? dayNumber(current.end) - dayNumber(current.start) + 1 : 0;
  const days = width > 0 && width <= MAX_WINDOW_DAYS ? width : DEFAULT_WINDOW_DAYS;
  return { start: addDays(playhead, -(days - 1)), end: playhead };
}
