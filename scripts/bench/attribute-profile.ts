import type { CDPSession } from 'playwright-core';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileAttribution {
  /** Self time in ms per file the page loaded (the app bundle, the map chunk, the browser…), largest first. */
  byBundle: Record<string, number>;
  /** Self time in ms per source module, through the build's source maps (src/…, react-dom, maplibre-gl…). */
  bySource: Record<string, number>;
  /** The busiest functions, as "name (source:line)", through the source maps. */
  byFunction: Record<string, number>;
}

const fileOf = (url: string) => url.split('/').pop()?.split('?')[0] ?? url;

/** Which file the main thread's time went to: the app's own bundle, the map chunk (MapLibre), the browser. */
function bucketOf(node: ProfileNode): string | null {
  const { url, functionName } = node.callFrame;
  if (functionName === '(idle)') return null;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (!url) return functionName === '(program)' ? 'browser (layout, paint, GPU)' : 'browser (native)';
  if (url.includes('/floor/')) return 'floor page (MapLibre)';
  const file = fileOf(url);
  if (/^index-.*\.js$/.test(file)) return 'app bundle (app code + React)';
  if (/^create-map-.*\.js$/.test(file)) return 'map chunk (MapLibre + src/map)';
  return file.replace(/-[\w-]{8}\.js$/, '.js');
}

/** A source path shortened to what says where the time went: src/…/file.ts, or the package's name. */
function moduleOf(source: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inPackage) return inPackage[1]!;
  const inSrc = /(?:^|\/)(src\/.*|bench\/.*)$/.exec(source);
  return inSrc ? inSrc[1]! : source;
}

/** Source maps are fetched from the page's own server, once per script. */
async function sourceMapper(
  urls: string[],
): Promise<(frame: ProfileNode['callFrame']) => { module: string; at: string } | null> {
  const consumers = new Map<string, SourceMapConsumer | null>();
  for (const url of urls) {
    const response = await fetch(`${url.split('?')[0]}.map`).catch(() => null);
    const raw = response?.ok ? ((await response.json()) as RawSourceMap) : null;
    consumers.set(url, raw ? new SourceMapConsumer(raw) : null);
  }
  return ({ url, lineNumber, columnNumber }) => {
    const position = consumers.get(url)?.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (!position?.source) return null;
    const module = moduleOf(position.source);
    const file = position.source.split('/').pop();
    return { module, at: `${file}:${position.line}:${position.column}` };
  };
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
}

const largestFirst = (totals: Map<string, number>, count = Infinity) =>
  Object.fromEntries(
    [...totals]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .filter(([, ms]) => ms >= 1)
      .map(([key, ms]) => [key, Math.round(ms)]),
  );

/** Self time in ms per bundle and per source module (the 15 busiest), largest first. */
export async function stopProfile(cdp: CDPSession): Promise<ProfileAttribution> {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  await cdp.send('Profiler.disable');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const scripts = [...new Set(profile.nodes.map((node) => node.callFrame.url))].filter((url) =>
    /^https?:.*\.js(\?|$)/.test(url),
  );
  const sourceOf = await sourceMapper(scripts);
  const bundles = new Map<string, number>();
  const sources = new Map<string, number>();
  const functions = new Map<string, number>();
  (profile.samples ?? []).forEach((id, index) => {
    const node = byId.get(id);
    const bucket = node ? bucketOf(node) : null;
    if (!node || !bucket) return;
    const ms = (profile.timeDeltas?.[index] ?? 0) / 1000;
    bundles.set(bucket, (bundles.get(bucket) ?? 0) + ms);
    const mapped = node.callFrame.url ? sourceOf(node.callFrame) : null;
    const source = mapped?.module ?? bucket;
    sources.set(source, (sources.get(source) ?? 0) + ms);
    const name = `${node.callFrame.functionName || '(anonymous)'}${mapped ? ` (${mapped.at})` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + ms);
  });
  return {
    byBundle: largestFirst(bundles),
    bySource: largestFirst(sources, 15),
    byFunction: largestFirst(functions, 15),
  };
}
