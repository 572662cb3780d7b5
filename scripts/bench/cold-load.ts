import type { Browser } from 'playwright-core';
import { openTarget } from './open-target';
import type { Target } from './page-probes';
import { median, ratio, ratioInterval } from './stats';

export interface ColdLoadResult {
  runs: number;
  appMs: number[];
  floorMs: number[];
  appFcpMs: number[];
  medianAppMs: number;
  medianFloorMs: number;
  medianAppFcpMs: number;
  ratio: number;
  /** 90 % bootstrap interval of ratio. */
  ratioInterval: [number, number];
  foreignRequests: string[];
}

/** Cold load to idle map, app and floor alternating (and swapping who goes first) so drift hits both alike. */
export async function measureColdLoad(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<ColdLoadResult> {
  const times: Record<Target, number[]> = { app: [], floor: [] };
  const appFcpMs: number[] = [];
  const foreign = new Set<string>();
  for (let run = 0; run < runs; run += 1) {
    const order: Target[] = run % 2 ? ['floor', 'app'] : ['app', 'floor'];
    for (const target of order) {
      const opened = await openTarget(browser, baseUrl, target);
      times[target].push(opened.readyMs);
      if (target === 'app' && opened.fcpMs !== null) appFcpMs.push(opened.fcpMs);
      opened.foreignRequests.forEach((url) => foreign.add(url));
      await opened.close();
    }
    process.stdout.write(
      `  cold load ${run + 1}/${runs}: app ${Math.round(times.app.at(-1)!)} ms, floor ${Math.round(times.floor.at(-1)!)} ms\n`,
    );
  }
  const medianAppMs = median(times.app);
  const medianFloorMs = median(times.floor);
  return {
    runs,
    appMs: times.app,
    floorMs: times.floor,
    appFcpMs,
    medianAppMs,
    medianFloorMs,
    medianAppFcpMs: median(appFcpMs),
    ratio: ratio(medianAppMs, medianFloorMs),
    ratioInterval: ratioInterval(times.app, times.floor),
    foreignRequests: [...foreign],
  };
}
