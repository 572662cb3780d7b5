import type { Browser } from 'playwright-core';
import type { ProfileAttribution } from './attribute-profile';
import { openTarget } from './open-target';
import type { LoadTarget } from './page-probes';
import { median, ratio, ratioInterval } from './stats';

export interface ColdLoadResult {
  runs: number;
  appMs: number[];
  floorMs: number[];
  /** embed.html, the newsroom's frame: its own first bundle (Preact), the same map. */
  embedMs: number[];
  appFcpMs: number[];
  medianAppMs: number;
  medianFloorMs: number;
  medianEmbedMs: number;
  medianAppFcpMs: number;
  ratio: number;
  /** 90 % bootstrap interval of ratio. */
  ratioInterval: [number, number];
  embedRatio: number;
  embedRatioInterval: [number, number];
  foreignRequests: string[];
  /** One more load of each page under the CPU profiler (not among the timed ones): where the main thread's time went. */
  profiles: Record<LoadTarget, ProfileAttribution | null>;
}

/** Cold load to idle map, app and floor alternating (and swapping who goes first) so drift hits both alike. */
export async function measureColdLoad(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<ColdLoadResult> {
  const times: Record<LoadTarget, number[]> = { app: [], floor: [], embed: [] };
  const appFcpMs: number[] = [];
  const foreign = new Set<string>();
  for (let run = 0; run < runs; run += 1) {
    const rotations: LoadTarget[][] = [
      ['app', 'floor', 'embed'],
      ['floor', 'embed', 'app'],
      ['embed', 'app', 'floor'],
    ];
    const order = rotations[run % rotations.length]!;
    for (const target of order) {
      const opened = await openTarget(browser, baseUrl, target);
      times[target].push(opened.readyMs);
      if (target === 'app' && opened.fcpMs !== null) appFcpMs.push(opened.fcpMs);
      opened.foreignRequests.forEach((url) => foreign.add(url));
      await opened.close();
    }
    process.stdout.write(
      `  cold load ${run + 1}/${runs}: app ${Math.round(times.app.at(-1)!)} ms, embed ${Math.round(times.embed.at(-1)!)} ms, floor ${Math.round(times.floor.at(-1)!)} ms\n`,
    );
  }
  const profiles: Record<LoadTarget, ProfileAttribution | null> = { app: null, floor: null, embed: null };
  for (const target of ['app', 'floor', 'embed'] as const) {
    const opened = await openTarget(browser, baseUrl, target, { profile: true });
    profiles[target] = opened.profile;
    await opened.close();
  }
  const medianAppMs = median(times.app);
  const medianFloorMs = median(times.floor);
  const medianEmbedMs = median(times.embed);
  return {
    runs,
    appMs: times.app,
    floorMs: times.floor,
    embedMs: times.embed,
    appFcpMs,
    medianAppMs,
    medianFloorMs,
    medianEmbedMs,
    medianAppFcpMs: median(appFcpMs),
    ratio: ratio(medianAppMs, medianFloorMs),
    ratioInterval: ratioInterval(times.app, times.floor),
    embedRatio: ratio(medianEmbedMs, medianFloorMs),
    embedRatioInterval: ratioInterval(times.embed, times.floor),
    foreignRequests: [...foreign],
    profiles,
  };
}
