import { addMonths, dateOfDay, dayNumber, monthStartOf } from './dates';

/** Day d occupies [d, d + 1) (integer days: dates.ts). */
export interface Segment {
  start: number;
  /** Exclusive. */
  end: number;
  x0: number;
  x1: number;
}

export interface AxisBreak {
  /** [fromDay, toDay). */
  fromDay: number;
  toDay: number;
  x0: number;
  x1: number;
}

export interface AxisTick {
  day: number;
  x: number;
  date: string;
  withYear: boolean;
}

export interface BrokenTimeScale {
  width: number;
  segments: readonly Segment[];
  breaks: readonly AxisBreak[];
  /** Quiet spells long enough for a break, drawn to scale for want of room. */
  keptToScale: number;
  /** Both inclusive. */
  firstDay: number;
  lastDay: number;
  x: (day: number) => number;
  invert: (px: number) => number;
  pixelsPerDay: (day: number) => number;
  ticks: (minSpacingPx?: number) => AxisTick[];
}

export interface ScaleOptions {
  width: number;
  breakWidth?: number;
  minGapDays?: number;
  minSegmentShare?: number;
}

type Span = readonly [start: number, endInclusive: number];

const monthStart = (day: number) => dayNumber(monthStartOf(dateOfDay(day)));
const nextMonthStart = (day: number) => dayNumber(addMonths(monthStartOf(dateOfDay(day)), 1));

export function busyStretches(spans: readonly Span[], minGapDays: number): [number, number][] {
  const padded = spans
    .map(([start, end]) => [monthStart(start), nextMonthStart(Math.max(start, end))] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of padded) {
    const last = merged.at(-1);
    if (last && span[0] - last[1] < minGapDays) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/** Breaks of at least 8 px share at most a fifth of the width; segments get at least 12 px. */
const segmentsThatFit = (width: number) =>
  Math.max(1, Math.floor(Math.min(width / 40 + 1, (width + 8) / 20)));

function keepLongestGaps(stretches: [number, number][], count: number): [number, number][] {
  const gap = (i: number) =>
    (stretches[i + 1] as [number, number])[0] - (stretches[i] as [number, number])[1];
  const kept = new Set(
    stretches
      .slice(1)
      .map((_, i) => i)
      .sort((a, b) => gap(b) - gap(a) || a - b)
      .slice(0, count - 1),
  );
  return stretches.reduce<[number, number][]>((joined, stretch, i) => {
    if (i && !kept.has(i - 1)) (joined.at(-1) as [number, number])[1] = stretch[1];
    else joined.push(stretch);
    return joined;
  }, []);
}

function segmentShares(lengths: readonly number[], floor: number): number[] {
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const shares = lengths.map((length) => length / total);
  if (floor * lengths.length >= 1) return lengths.map(() => 1 / lengths.length);
  const lifted = shares.map((share) => share < floor);
  const liftedTotal = lifted.filter(Boolean).length * floor;
  const restTotal = shares.reduce((sum, share, i) => (lifted[i] ? sum : sum + share), 0);
  return shares.map((share, i) => (lifted[i] ? floor : (share / restTotal) * (1 - liftedTotal)));
}

export function buildBrokenTimeScale(spans: readonly Span[], options: ScaleOptions): BrokenTimeScale {
  const { width, minGapDays = 62, minSegmentShare = 0.3 } = options;
  const busy = spans.length ? busyStretches(spans, minGapDays) : [[0, 1] as [number, number]];
  const stretches = keepLongestGaps(busy, segmentsThatFit(width));
  const breakWidth = Math.min(options.breakWidth ?? 28, (0.2 * width) / Math.max(1, stretches.length - 1));
  const drawable = Math.max(1, width - breakWidth * (stretches.length - 1));
  const shares = segmentShares(
    stretches.map(([start, end]) => end - start),
    minSegmentShare,
  );
  const segments: Segment[] = [];
  let cursor = 0;
  stretches.forEach(([start, end], i) => {
    const x1 = cursor + (shares[i] ?? 0) * drawable;
    segments.push({ start, end, x0: cursor, x1 });
    cursor = x1 + breakWidth;
  });
  const breaks: AxisBreak[] = segments.slice(1).map((next, i) => {
    const previous = segments[i] as Segment;
    return { fromDay: previous.end, toDay: next.start, x0: previous.x1, x1: next.x0 };
  });
  const pieces = [
    ...segments,
    ...breaks.map((b) => ({ start: b.fromDay, end: b.toDay, x0: b.x0, x1: b.x1 })),
  ].sort((a, b) => a.start - b.start);
  const first = pieces[0] as Segment;
  const last = pieces.at(-1) as Segment;

  const x = (day: number) => {
    if (day <= first.start) return first.x0;
    if (day >= last.end) return last.x1;
    const piece = pieces.find((p) => day < p.end) ?? last;
    return piece.x0 + ((day - piece.start) / (piece.end - piece.start)) * (piece.x1 - piece.x0);
  };
  const invert = (px: number) => {
    if (px <= first.x0) return first.start;
    if (px >= last.x1) return last.end;
    const piece = pieces.find((p) => px < p.x1) ?? last;
    return piece.start + ((px - piece.x0) / (piece.x1 - piece.x0)) * (piece.end - piece.start);
  };
  const pixelsPerDay = (day: number) => {
    const piece = pieces.find((p) => day < p.end) ?? last;
    return (piece.x1 - piece.x0) / (piece.end - piece.start);
  };

  return {
    width,
    segments,
    breaks,
    keptToScale: busy.length - stretches.length,
    firstDay: first.start,
    lastDay: last.end - 1,
    x,
    invert,
    pixelsPerDay,
    ticks: (minSpacingPx = 56) => axisTicks(segments, width, minSpacingPx),
  };
}

const MONTH_STEPS = [1, 2, 3, 6, 12] as const;

function* segmentTicks(segment: Segment, minSpacingPx: number) {
  const pxPerDay = (segment.x1 - segment.x0) / (segment.end - segment.start);
  const step = MONTH_STEPS.find((months) => months * 30.4 * pxPerDay >= minSpacingPx) ?? 12;
  for (let date = dateOfDay(segment.start); dayNumber(date) < segment.end; date = addMonths(date, step)) {
    yield { date, x: segment.x0 + (dayNumber(date) - segment.start) * pxPerDay };
  }
}

function axisTicks(segments: readonly Segment[], width: number, minSpacingPx: number): AxisTick[] {
  const ticks: AxisTick[] = [];
  let year = '';
  for (const segment of segments) {
    for (const { date, x } of segmentTicks(segment, minSpacingPx)) {
      if (x - (ticks.at(-1)?.x ?? -Infinity) < minSpacingPx || x + 0.75 * minSpacingPx > width) continue;
      const withYear = date.slice(0, 4) !== year || date.slice(5, 7) === '01';
      year = date.slice(0, 4);
      ticks.push({ day: dayNumber(date), x, date, withYear });
    }
  }
  return ticks;
}
