import type { BrokenTimeScale } from './broken-time-scale';

export interface HistogramBin {
  start: number;
  end: number;
  count: number;
}

/** Day 0 (1970-01-01) was a Thursday; weeks start on Monday. */
const mondayOf = (day: number) => day - ((day + 3) % 7);

export function binDaysFor(scale: BrokenTimeScale): 1 | 7 {
  const narrowest = Math.min(...scale.segments.map((s) => (s.x1 - s.x0) / (s.end - s.start)));
  return narrowest >= 3 ? 1 : 7;
}

export function histogram(startDays: ArrayLike<number>, binDays: 1 | 7): HistogramBin[] {
  if (!startDays.length) return [];
  const key = binDays === 7 ? mondayOf : (day: number) => day;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < startDays.length; i += 1) {
    const k = key(startDays[i] as number);
    if (k < min) min = k;
    if (k > max) max = k;
  }
  const counts = new Uint32Array(Math.floor((max - min) / binDays) + 1);
  for (let i = 0; i < startDays.length; i += 1) {
    const bin = (key(startDays[i] as number) - min) / binDays;
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  const bins: HistogramBin[] = [];
  counts.forEach((count, i) => {
    if (count) bins.push({ start: min + i * binDays, end: min + (i + 1) * binDays, count });
  });
  return bins;
}
