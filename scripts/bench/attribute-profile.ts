import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Which file the main thread's time went to: the app's own bundle, the map chunk (MapLibre), the browser. */
function bucketOf(node: ProfileNode): string | null {
  const { url, functionName } = node.callFrame;
  if (functionName === '(idle)') return null;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (!url) return functionName === '(program)' ? 'browser (layout, paint, GPU)' : 'browser (native)';
  if (url.includes('/floor/')) return 'floor page (MapLibre)';
  const file = url.split('/').pop()?.split('?')[0] ?? url;
  if (/^index-.*\.js$/.test(file)) return 'app bundle (app code + React)';
  if (/^create-map-.*\.js$/.test(file)) return 'map chunk (MapLibre + src/map)';
  return file.replace(/-[\w-]{8}\.js$/, '.js');
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
}

/** Self time in ms per bucket, largest first. */
export async function stopProfile(cdp: CDPSession): Promise<Record<string, number>> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.send('Profiler.disable');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  (profile.samples ?? []).forEach((id, index) => {
    const node = byId.get(id);
    const bucket = node ? bucketOf(node) : null;
    if (bucket) totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas?.[index] ?? 0) / 1000);
  });
  return Object.fromEntries(
    [...totals].sort((a, b) => b[1] - a[1]).map(([bucket, ms]) => [bucket, Math.round(ms)]),
  );
}
