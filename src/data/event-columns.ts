import { CATEGORIES, THREADS, type Category, type Thread } from './vocabulary';

/**
 * Typed arrays, so a brush step over 100k events compares integers instead of date strings (npm run bench,
 * brush drag). Built by indexDataset, aligned with its story order.
 */
export interface EventColumns {
  startDay: Int32Array;
  endDay: Int32Array;
  category: Uint8Array;
  thread: Uint8Array;
}

/** Null when the filter allows everything. */
export function allowedMask(vocabulary: readonly string[], chosen: readonly string[]): Uint8Array | null {
  if (!chosen.length) return null;
  const mask = new Uint8Array(vocabulary.length);
  for (const value of chosen) {
    const index = vocabulary.indexOf(value);
    if (index >= 0) mask[index] = 1;
  }
  return mask;
}

export const categoryAt = (index: number) => CATEGORIES[index] as Category;
export const threadAt = (index: number) => THREADS[index] as Thread;
