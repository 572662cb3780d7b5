import { dayNumber } from '../lib/dates';
import type { EventColumns } from './event-columns';
import type { EventFeature } from './event-schema';
import { normalizeForSearch } from './search-text';
import { CATEGORIES, THREADS } from './vocabulary';

/** [first day, last day], both inclusive (dates.ts day numbers). */
export type DaySpan = readonly [start: number, end: number];

/** What every panel, binding and filter reads of one dataset, built once where its query resolves. */
export interface DatasetIndex {
  /** Story order: by local date, then local time (untimed last that day), then id. The columns follow it. */
  readonly events: readonly EventFeature[];
  readonly columns: EventColumns;
  readonly byId: ReadonlyMap<string, EventFeature>;
  /** Each start day once, with the furthest day an event starting then reaches: the timeline's extent. */
  readonly daySpans: readonly DaySpan[];
  /**
   * Title, place and parties of each event, normalised for search; actor names join at match time. Built on
   * the first search, since normalising 100k texts costs more than the rest of the index.
   */
  readonly searchText: () => readonly string[];
}

const categoryIndex = new Map<string, number>(CATEGORIES.map((category, index) => [category, index]));
const threadIndex = new Map<string, number>(THREADS.map((thread, index) => [thread, index]));
const UNTIMED = 24 * 60;
const idOrder = new Intl.Collator();

/** A feature whose id came earlier is left out, as the parser leaves it out. */
export function indexDataset(features: readonly EventFeature[]): DatasetIndex {
  const byId = new Map<string, EventFeature>();
  const kept: EventFeature[] = [];
  const days = new Map<string, number>();
  const dayOf = (isoDate: string) => {
    let day = days.get(isoDate);
    if (day === undefined) days.set(isoDate, (day = dayNumber(isoDate)));
    return day;
  };
  const start: number[] = [];
  const end: number[] = [];
  const minute: number[] = [];
  for (const feature of features) {
    if (byId.has(feature.id)) continue;
    byId.set(feature.id, feature);
    const p = feature.properties;
    const first = dayOf(p.date);
    start.push(first);
    end.push(p.endDate ? dayOf(p.endDate) : first);
    minute.push(p.time ? Number(p.time.slice(0, 2)) * 60 + Number(p.time.slice(3)) : UNTIMED);
    kept.push(feature);
  }
  const order = kept.map((_, i) => i);
  order.sort(
    (a, b) =>
      start[a]! - start[b]! || minute[a]! - minute[b]! || idOrder.compare(kept[a]!.id, kept[b]!.id),
  );
  return inStoryOrder(kept, order, start, end, byId);
}

function inStoryOrder(
  kept: readonly EventFeature[],
  order: readonly number[],
  start: readonly number[],
  end: readonly number[],
  byId: ReadonlyMap<string, EventFeature>,
): DatasetIndex {
  const count = order.length;
  const events = new Array<EventFeature>(count);
  const columns: EventColumns = {
    startDay: new Int32Array(count),
    endDay: new Int32Array(count),
    category: new Uint8Array(count),
    thread: new Uint8Array(count),
  };
  const daySpans: [number, number][] = [];
  order.forEach((from, i) => {
    const event = kept[from]!;
    const p = event.properties;
    const [first, last] = [start[from]!, end[from]!];
    events[i] = event;
    columns.startDay[i] = first;
    columns.endDay[i] = last;
    columns.category[i] = categoryIndex.get(p.category) ?? 0;
    // A context record has no thread: an index past the vocabulary, which no thread filter allows.
    columns.thread[i] = p.thread ? (threadIndex.get(p.thread) ?? 0) : THREADS.length;
    const span = daySpans.at(-1);
    if (span && span[0] === first) span[1] = Math.max(span[1], last);
    else daySpans.push([first, last]);
  });
  let searchText: string[] | null = null;
  return {
    events,
    columns,
    byId,
    daySpans,
    searchText: () => (searchText ??= events.map(baseSearchText)),
  };
}

function baseSearchText(event: EventFeature): string {
  const p = event.properties;
  return normalizeForSearch(
    [p.title, p.place, p.perpetrator, p.claimedBy, p.attributedTo, p.target].filter(Boolean).join(' '),
  );
}
