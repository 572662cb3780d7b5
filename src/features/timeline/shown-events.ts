import type { DatasetIndex } from '../../data/dataset-index';
import type { EventFeature } from '../../data/event-schema';

/** What the timeline draws: events in story order, with the index's day numbers beside them. */
export interface ShownEvents {
  events: readonly EventFeature[];
  startDay: Int32Array;
  endDay: Int32Array;
}

export const NOTHING_SHOWN: ShownEvents = {
  events: [],
  startDay: new Int32Array(0),
  endDay: new Int32Array(0),
};

export function shownAt(index: DatasetIndex, positions: ArrayLike<number>): ShownEvents {
  const { startDay, endDay } = index.columns;
  return {
    events: Array.from(positions, (i) => index.events[i]!),
    startDay: Int32Array.from(positions, (i) => startDay[i]!),
    endDay: Int32Array.from(positions, (i) => endDay[i]!),
  };
}

/** [those that pass, the rest], each still in story order. */
export function partitionShown(
  shown: ShownEvents,
  test: (event: EventFeature) => boolean,
): [ShownEvents, ShownEvents] {
  const passed: number[] = [];
  const rest: number[] = [];
  shown.events.forEach((event, i) => (test(event) ? passed : rest).push(i));
  const pick = (positions: number[]): ShownEvents => ({
    events: positions.map((i) => shown.events[i]!),
    startDay: Int32Array.from(positions, (i) => shown.startDay[i]!),
    endDay: Int32Array.from(positions, (i) => shown.endDay[i]!),
  });
  return [pick(passed), pick(rest)];
}
