import { dayNumber } from '../lib/dates';
import type { EventFeature } from './event-schema';
import { CATEGORIES, THREADS, type Category, type Thread } from './vocabulary';

/**
 * Typed arrays, so a brush step over 100k events compares integers instead of date strings (npm run bench,
 * brush drag).
 */
export interface EventColumns {
  startDay: Int32Array;
  endDay: Int32Array;
  category: Uint8Array;
  thread: Uint8Array;
}

const built = new WeakMap<readonly EventFeature[], EventColumns>();
const categoryIndex = new Map<string, number>(CATEGORIES.map((category, index) => [category, index]));
const threadIndex = new Map<string, number>(THREADS.map((thread, index) => [thread, index]));

export function columnsOf(events: readonly EventFeature[]): EventColumns {
  let columns = built.get(events);
  if (columns) return columns;
  const count = events.length;
  columns = {
    startDay: new Int32Array(count),
    endDay: new Int32Array(count),
    category: new Uint8Array(count),
    thread: new Uint8Array(count),
  };
  for (let i = 0; i < count; i += 1) {
    const p = events[i]!.properties;
    columns.startDay[i] = dayNumber(p.date);
    columns.endDay[i] = p.endDate ? dayNumber(p.endDate) : columns.startDay[i]!;
    columns.category[i] = categoryIndex.get(p.category) ?? 0;
    // A context record has no thread: an index past the vocabulary, which no thread filter allows.
    columns.thread[i] = p.thread ? (threadIndex.get(p.thread) ?? 0) : THREADS.length;
  }
  built.set(events, columns);
  return columns;
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
