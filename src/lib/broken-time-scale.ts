import { addMonths, dateOfDay, dayNumber } from './dates';

/**
 * A time axis with the quiet years cut out. Days are integers (see dates.ts); day d occupies [d, d + 1).
 * Busy stretches are widened to whole calendar months, stretches closer than `minGapDays` merge, and each
 * remaining gap is drawn as a fixed-width break, so two bursts four years apart both get readable room.
 */
export interface Segment {
  /** First day, inclusive. */
  start: number;
  /** Day after the last, exclusive. */
  end: number;
  x0: number;
  x1: number;
}

export interface AxisBreak {
  /** The hidden days: [fromDay, toDay). */
  fromDay: number;
  toDay: number;
  x0: number;
  x1: number;
}

export interface AxisTick {
  day: number;
  x: number;
  label: string;
}

export interface BrokenTimeScale {
  width: number;
  segments: readonly Segment[];
  breaks: readonly AxisBreak[];
  /** First and last day shown, both inclusive. */
  firstDay: number;
  lastDay: number;
  /** The left edge of a day, in pixels; a day inside a break maps proportionally across the break. */
  x(day: number): number;
  /** The (fractional) day at a pixel: the exact inverse of `x` inside the drawn range. */
  invert(px: number): number;
  /** Pixels per day at a day (0 inside a break's hidden days is never returned: breaks spread them). */
  pixelsPerDay(day: number): number;
  ticks(minSpacingPx?: number): AxisTick[];
}

export interface ScaleOptions {
  width: number;
  breakWidth?: number;
  minGapDays?: number;
  /** No segment gets less than this share of the drawn width, so a short burst stays readable. */
  minSegmentShare?: number;
}

type Span = readonly [start: number, endInclusive: number];

const monthStart = (day: number) => dayNumber(`${dateOfDay(day).slice(0, 7)}-01`);
const nextMonthStart = (day: number) => dayNumber(addMonths(`${dateOfDay(day).slice(0, 7)}-01`, 1));

/** Month-aligned busy stretches, merged when the quiet between them is short. */
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

/** Shares proportional to length, lifted to a floor for short stretches; always sums to 1. */
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
  const { width, breakWidth = 28, minGapDays = 62, minSegmentShare = 0.3 } = options;
  const stretches = spans.length ? busyStretches(spans, minGapDays) : [[0, 1] as [number, number]];
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
  // Segments and breaks alternate along the axis; each is a linear piece from days to pixels.
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
    firstDay: first.start,
    lastDay: last.end - 1,
    x,
    invert,
    pixelsPerDay,
    ticks: (minSpacingPx = 56) => segments.flatMap((segment) => segmentTicks(segment, minSpacingPx)),
  };
}

const MONTH_STEPS = [1, 2, 3, 6, 12] as const;
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

/** Month ticks inside one segment, as sparse as the room demands; the year shows on January and on the first tick. */
function segmentTicks(segment: Segment, minSpacingPx: number): AxisTick[] {
  const pxPerDay = (segment.x1 - segment.x0) / (segment.end - segment.start);
  const step = MONTH_STEPS.find((months) => months * 30.4 * pxPerDay >= minSpacingPx) ?? 12;
  const ticks: AxisTick[] = [];
  for (let date = dateOfDay(segment.start); dayNumber(date) < segment.end; date = addMonths(date, step)) {
    const day = dayNumber(date);
    const first = ticks.length === 0;
    const month = monthName.format(new Date(`${date}T00:00:00Z`));
    const year = date.slice(0, 4);
    ticks.push({
      day,
      x: segment.x0 + (day - segment.start) * pxPerDay,
      label: first || date.slice(5, 7) === '01' ? `${month} ${year}` : month,
    });
  }
  return ticks;
}
