import type { Browser } from 'playwright-core';
import { startProfile, stopProfile, type ProfileAttribution } from './attribute-profile';
import { heapAfterGc, openTarget, type OpenedTarget } from './open-target';
import type { Change, DragResult, Target } from './page-probes';
import { median, ratio, ratioInterval } from './stats';

interface TargetFigures {
  loadMs: number;
  /** Each round's load → idle. */
  loadSamplesMs: number[];
  filterMs: number[];
  timeMs: number[];
  drag: DragResult;
  dragProfile: ProfileAttribution;
  heapBytes: number;
}

export interface ScaleResult {
  events: number;
  app: TargetFigures;
  floor: TargetFigures;
  filterRatio: number;
  /** 90 % bootstrap interval of filterRatio. */
  filterRatioInterval: [number, number];
  timeRatio: number;
  timeRatioInterval: [number, number];
  loadRatio: number;
  /** 90 % bootstrap interval of loadRatio, over the two rounds' loads. */
  loadRatioInterval: [number, number];
  heapRatio: number;
}

const THREAD = 'red-sea';
const WINDOWS = [
  { start: '2020-01-01', end: '2020-06-30' },
  { start: '2021-03-01', end: '2021-12-31' },
  { start: '2022-06-01', end: '2022-08-31' },
  { start: '2023-10-07', end: '2024-01-31' },
];

function change(target: Target, dataPath: string, threads: string[], window: Change['window']): Change {
  const params = new URLSearchParams({ data: dataPath });
  if (threads.length) params.set('thread', threads.join(','));
  if (window) {
    params.set('from', window.start);
    params.set('to', window.end);
  }
  return { target, search: `?${params.toString().replaceAll('%2F', '/')}`, threads, window };
}

/** A 90-day window sliding across the story, as a reader dragging the brush would. */
function dragSteps(target: Target, dataPath: string, steps: number): Change[] {
  const first = Date.UTC(2019, 11, 1);
  const last = Date.UTC(2023, 10, 1);
  return Array.from({ length: steps }, (_, index) => {
    const start = first + ((last - first) * index) / (steps - 1);
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    return change(target, dataPath, [], { start: day(start), end: day(start + 90 * 86_400_000) });
  });
}

/** One change, timed to the map's next idle; then a pause, so work the page does after idle is not timed next. */
async function run(opened: OpenedTarget, step: Change): Promise<number> {
  const ms = await opened.page.evaluate<number>(`changeUntilIdle(${JSON.stringify(step)})`);
  await opened.page.waitForTimeout(SETTLE_MS);
  return ms;
}

const SETTLE_MS = 300;

/** One page's changes; the drag, its profile and the heap only when asked (the last round). */
async function measureTarget(
  browser: Browser,
  baseUrl: string,
  target: Target,
  dataPath: string,
  repeats: number,
  options: { firstWindow: number; drag: boolean },
): Promise<Partial<TargetFigures> & Pick<TargetFigures, 'loadMs' | 'filterMs' | 'timeMs'>> {
  const opened = await openTarget(browser, baseUrl, target, { dataPath, timeoutMs: 180_000 });
  try {
    const heapBytes = options.drag ? await heapAfterGc(opened.cdp) : undefined;
    const filterMs: number[] = [];
    const timeMs: number[] = [];
    for (let repeat = 0; repeat < repeats; repeat += 1) {
      const window = WINDOWS[(options.firstWindow + repeat) % WINDOWS.length]!;
      filterMs.push(await run(opened, change(target, dataPath, [THREAD], null)));
      filterMs.push(await run(opened, change(target, dataPath, [], null)));
      timeMs.push(await run(opened, change(target, dataPath, [], window)));
      timeMs.push(await run(opened, change(target, dataPath, [], null)));
    }
    if (!options.drag) return { loadMs: opened.readyMs, filterMs, timeMs };
    await startProfile(opened.cdp);
    const drag = await opened.page.evaluate<DragResult>(
      `dragUntilIdle(${JSON.stringify(dragSteps(target, dataPath, 30))}, 16)`,
    );
    const dragProfile = await stopProfile(opened.cdp);
    return { loadMs: opened.readyMs, filterMs, timeMs, drag, dragProfile, heapBytes };
  } finally {
    await opened.close();
  }
}

/** Which page goes first in each round: swapped, so drift over the run weighs on both pages alike. */
const ROUNDS: Target[][] = [
  ['app', 'floor'],
  ['floor', 'app'],
];

/**
 * Filter, time-window and drag costs for one synthetic dataset, in the atlas and on the floor page. Each page is
 * measured in two rounds, in swapped order, and the rounds' changes are pooled.
 */
export async function measureScale(
  browser: Browser,
  baseUrl: string,
  events: number,
  dataPath: string,
  repeats: number,
): Promise<ScaleResult> {
  const rounds: Record<Target, Awaited<ReturnType<typeof measureTarget>>[]> = { app: [], floor: [] };
  for (const [index, order] of ROUNDS.entries()) {
    for (const target of order) {
      rounds[target].push(
        await measureTarget(browser, baseUrl, target, dataPath, repeats, {
          firstWindow: index * repeats,
          drag: index === ROUNDS.length - 1,
        }),
      );
    }
  }
  const pool = (target: Target): TargetFigures => {
    const last = rounds[target].at(-1)!;
    return {
      loadMs: median(rounds[target].map((round) => round.loadMs)),
      loadSamplesMs: rounds[target].map((round) => round.loadMs),
      filterMs: rounds[target].flatMap((round) => round.filterMs),
      timeMs: rounds[target].flatMap((round) => round.timeMs),
      drag: last.drag!,
      dragProfile: last.dragProfile!,
      heapBytes: last.heapBytes!,
    };
  };
  const app = pool('app');
  const floor = pool('floor');
  return {
    events,
    app,
    floor,
    filterRatio: ratio(median(app.filterMs), median(floor.filterMs)),
    timeRatio: ratio(median(app.timeMs), median(floor.timeMs)),
    filterRatioInterval: ratioInterval(app.filterMs, floor.filterMs),
    timeRatioInterval: ratioInterval(app.timeMs, floor.timeMs),
    loadRatio: ratio(app.loadMs, floor.loadMs),
    loadRatioInterval: ratioInterval(app.loadSamplesMs, floor.loadSamplesMs),
    heapRatio: ratio(app.heapBytes, floor.heapBytes),
  };
}
