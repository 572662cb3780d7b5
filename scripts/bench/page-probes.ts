// Functions that run inside the page (passed to addInitScript / evaluate), so they only use what the page has.
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    __benchReady?: number;
  }
}

export type Target = 'app' | 'floor';
/** What a cold load can open: the atlas, the floor page, or the atlas's embed.html (a newsroom's frame). */
export type LoadTarget = Target | 'embed';

export interface ReadyProbe {
  /** Sources that must have drawn features before the load counts as done. */
  sources: string[];
  /** An element that must exist too (the atlas's list), or null. */
  selector: string | null;
}

/**
 * One init script with every in-page helper as a global function; the benchmark then calls them by name
 * (tsx may wrap inner functions in esbuild's __name helper, which the page has to provide).
 */
export function probeScript(probe: ReadyProbe): string {
  return [
    'var __name = (fn) => fn;',
    installReadyProbe.toString(),
    changeUntilIdle.toString(),
    dragUntilIdle.toString(),
    // Playwright wraps init scripts in a function, so the helpers are made global by hand.
    'Object.assign(window, { changeUntilIdle, dragUntilIdle });',
    `installReadyProbe(${JSON.stringify(probe)});`,
  ].join('\n');
}

/** Installed before any page script: stamps window.__benchReady at the first idle with everything drawn. */
export function installReadyProbe(probe: ReadyProbe): void {
  const attach = () => {
    const map: MapLibreMap | undefined = window.flashpointAtlas?.map ?? window.benchFloor?.map;
    if (!map) return void setTimeout(attach, 5);
    const check = () => {
      const now = performance.now();
      if (window.__benchReady !== undefined || !map.loaded() || !map.areTilesLoaded()) return;
      if (probe.selector && !document.querySelector(probe.selector)) return;
      if (probe.sources.some((id) => !map.getSource(id) || map.querySourceFeatures(id).length === 0)) return;
      window.__benchReady = now;
    };
    map.on('idle', check);
    check();
  };
  attach();
}

export interface Change {
  target: Target;
  /** URL search for the atlas (applied as a history navigation, which goes through its store). */
  search: string;
  threads: string[];
  window: { start: string; end: string } | null;
}

/** Applies one filter change and resolves with the milliseconds until the map is idle again. */
export function changeUntilIdle(change: Change): Promise<number> {
  const map: MapLibreMap | undefined = window.flashpointAtlas?.map ?? window.benchFloor?.map;
  if (!map) return Promise.reject(new Error('no map on the page'));
  const started = performance.now();
  const idle = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the map did not become idle within 60 s')), 60_000);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve(performance.now() - started);
    });
  });
  if (change.target === 'app') {
    window.history.replaceState(null, '', `${window.location.pathname}${change.search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  } else {
    const clauses: unknown[] = [];
    if (change.threads.length) clauses.push(['in', ['get', 'thread'], ['literal', change.threads]]);
    if (change.window) {
      clauses.push(['>=', ['coalesce', ['get', 'endDate'], ['get', 'date']], change.window.start]);
      clauses.push(['<=', ['get', 'date'], change.window.end]);
    }
    map.setFilter('events', clauses.length ? (['all', ...clauses] as never) : null);
  }
  return idle;
}

export interface DragResult {
  totalMs: number;
  longestTaskMs: number;
  longTasks: number;
}

/** A brush drag: the window slides step by step, one change per frame budget; long tasks are recorded. */
export async function dragUntilIdle(steps: Change[], intervalMs: number): Promise<DragResult> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  const pending: Promise<number>[] = [];
  for (const step of steps) {
    pending.push(changeUntilIdle(step));
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  await pending.at(-1);
  const totalMs = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { totalMs, longestTaskMs: Math.max(0, ...durations), longTasks: durations.length };
}
