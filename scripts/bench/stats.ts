export function median(values: readonly number[]): number {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const ratio = (app: number, floor: number) => (floor > 0 ? app / floor : Number.NaN);

export const round = (value: number, places = 0) => Number(value.toFixed(places));

/** A small seeded generator (mulberry32): the same seed always draws the same numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How far noise alone could move a ratio of medians: a percentile bootstrap over both sets of samples (90 % by
 * default). Under a software GPU a change takes one of two times (docs/PERFORMANCE.md, "Two frames or three"),
 * so a single median can jump; the interval shows by how much.
 */
export function ratioInterval(
  app: readonly number[],
  floor: readonly number[],
  { resamples = 2000, level = 0.9, seed = 1 } = {},
): [number, number] {
  const a = app.filter(Number.isFinite);
  const f = floor.filter(Number.isFinite);
  if (!a.length || !f.length) return [Number.NaN, Number.NaN];
  const random = seededRandom(seed);
  const resample = (values: number[]) => values.map(() => values[Math.floor(random() * values.length)]!);
  const ratios = Array.from({ length: resamples }, () => ratio(median(resample(a)), median(resample(f))))
    .filter(Number.isFinite)
    .sort((x, y) => x - y);
  const at = (quantile: number) => ratios[Math.min(ratios.length - 1, Math.floor(quantile * ratios.length))]!;
  return [at((1 - level) / 2), at((1 + level) / 2)];
}
