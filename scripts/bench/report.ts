import type { BuildMeasure } from '../size-budget.mjs';
import type { ColdLoadResult } from './cold-load';
import type { LighthouseResult } from './lighthouse';
import type { PaintBeforeMapResult } from './paint-before-map';
import type { PresentEntryResult } from './present-entry';
import type { ScaleResult } from './scale';
import { median } from './stats';

export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; chromium: string; gpu: string };
  bytes: BuildMeasure | null;
  paintBeforeMap: PaintBeforeMapResult | null;
  coldLoad: ColdLoadResult | null;
  presentEntry: PresentEntryResult | null;
  scale: ScaleResult[];
  lighthouse: LighthouseResult | null;
  /** The floor page under the same Lighthouse run: what MapLibre alone scores on this machine. */
  floorLighthouse: LighthouseResult | null;
  errors: string[];
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
const x = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '—');
/** A ratio with its bootstrap interval, e.g. "1.34× (1.21–1.52)". */
const xRange = (value: number, [low, high]: [number, number] = [Number.NaN, Number.NaN]) =>
  Number.isFinite(low) ? `${x(value)} (${low.toFixed(2)}–${high.toFixed(2)})` : x(value);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(0)} MB`;
const mark = (ok: boolean) => (ok ? 'ok' : 'MISS');

/** Issue 18: a change is also met when the atlas's median is within one frame of the floor page's. */
const FRAME_MS = 16.7;
const changeMet = (app: readonly number[], floor: readonly number[], target: number) =>
  median(app) <= median(floor) * target || median(app) - median(floor) <= FRAME_MS;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n');
}

export function formatResults(results: BenchResults): string {
  const out: string[] = [];
  const rows: string[][] = [['measure', 'atlas', 'floor', 'ratio (90 % interval) / value', 'target', '']];
  const { coldLoad, presentEntry, bytes, paintBeforeMap, lighthouse } = results;
  if (coldLoad) {
    rows.push([
      `cold load → map idle (median of ${coldLoad.runs})`,
      ms(coldLoad.medianAppMs),
      ms(coldLoad.medianFloorMs),
      xRange(coldLoad.ratio, coldLoad.ratioInterval),
      '≤ 1.15×',
      mark(coldLoad.ratio <= 1.15),
    ]);
    rows.push(['first contentful paint (atlas)', ms(coldLoad.medianAppFcpMs), '', '', '', '']);
    rows.push([
      `embed.html cold load → map idle (median)`,
      ms(coldLoad.medianEmbedMs),
      ms(coldLoad.medianFloorMs),
      xRange(coldLoad.embedRatio, coldLoad.embedRatioInterval),
      '',
      '',
    ]);
  }
  if (presentEntry) {
    rows.push([
      `Present → chapter 1 settled (median of ${presentEntry.runs})`,
      ms(presentEntry.medianAppMs),
      ms(presentEntry.medianFloorMs),
      xRange(presentEntry.ratio, presentEntry.ratioInterval),
      '',
      '',
    ]);
  }
  if (bytes) {
    rows.push([
      'initial JS gzip, not MapLibre',
      kb(bytes.initialJs.bytes),
      '',
      '',
      '≤ 112 KB',
      mark(bytes.initialJs.bytes <= 112_000),
    ]);
    rows.push([
      'embed.html initial JS gzip, not MapLibre',
      kb(bytes.embedInitialJs.bytes),
      '',
      '',
      '≤ 70 KB',
      mark(bytes.embedInitialJs.bytes <= 70_000),
    ]);
    rows.push(['all JS gzip (incl. MapLibre, worker)', kb(bytes.totalJs.bytes), '', '', '', '']);
    rows.push([
      'basemap gzip',
      kb(bytes.basemap.bytes),
      '',
      '',
      '≤ 600 KB',
      mark(bytes.basemap.bytes <= 600_000),
    ]);
  }
  if (paintBeforeMap) {
    rows.push([
      'header + list paint before MapLibre loads',
      paintBeforeMap.ok ? 'yes' : 'no',
      '',
      `${paintBeforeMap.rowsWhileHeld} rows`,
      'yes',
      mark(paintBeforeMap.ok),
    ]);
  }
  for (const scale of results.scale) {
    const n = scale.events.toLocaleString('en');
    const largest = scale.events >= 100_000;
    rows.push([
      `${n} events: load → idle`,
      ms(scale.app.loadMs),
      ms(scale.floor.loadMs),
      xRange(scale.loadRatio, scale.loadRatioInterval),
      largest ? '≤ 1.3×' : '',
      largest ? mark(scale.loadRatio <= 1.3) : '',
    ]);
    rows.push([
      `${n} events: filter → idle (median)`,
      ms(median(scale.app.filterMs)),
      ms(median(scale.floor.filterMs)),
      xRange(scale.filterRatio, scale.filterRatioInterval),
      '≤ 1.2× or 1 frame',
      mark(changeMet(scale.app.filterMs, scale.floor.filterMs, 1.2)),
    ]);
    rows.push([
      `${n} events: time window → idle (median)`,
      ms(median(scale.app.timeMs)),
      ms(median(scale.floor.timeMs)),
      xRange(scale.timeRatio, scale.timeRatioInterval),
      '≤ 1.2× or 1 frame',
      mark(changeMet(scale.app.timeMs, scale.floor.timeMs, 1.2)),
    ]);
    rows.push([
      `${n} events: longest task in brush drag`,
      ms(scale.app.drag.longestTaskMs),
      ms(scale.floor.drag.longestTaskMs),
      '',
      '< 200 ms',
      mark(scale.app.drag.longestTaskMs < 200),
    ]);
    rows.push([
      `${n} events: JS heap (main thread)`,
      mb(scale.app.heapBytes),
      mb(scale.floor.heapBytes),
      x(scale.heapRatio),
      largest ? '≤ 1.15×' : '',
      largest ? mark(scale.heapRatio <= 1.15) : '',
    ]);
  }
  if (lighthouse) {
    const { performance, accessibility } = lighthouse.median;
    const practices = lighthouse.median['best-practices'];
    // Software WebGL bounds the score here; the target is the bare MapLibre page's own score.
    const floorScore = results.floorLighthouse?.median.performance ?? Number.NaN;
    rows.push([
      `Lighthouse performance (median of ${lighthouse.runs.length})`,
      performance.toFixed(2),
      Number.isFinite(floorScore) ? floorScore.toFixed(2) : '',
      '',
      '≥ the floor’s',
      Number.isFinite(floorScore) ? mark(performance >= floorScore) : '',
    ]);
    rows.push([
      'Lighthouse accessibility',
      accessibility.toFixed(2),
      '',
      '',
      '1.00',
      mark(accessibility >= 1),
    ]);
    rows.push(['Lighthouse best practices', practices.toFixed(2), '', '', '1.00', mark(practices >= 1)]);
  }
  out.push(table(rows));
  const times = (totals: Record<string, number>, count: number) =>
    Object.entries(totals)
      .slice(0, count)
      .map(([where, time]) => `${where} ${time} ms`)
      .join(', ');
  for (const target of ['app', 'embed', 'floor'] as const) {
    const profile = coldLoad?.profiles[target];
    if (profile)
      out.push(
        `Cold load (${target}), main-thread self time by source: ${times(profile.bySource, 10)}`,
        `  busiest functions: ${times(profile.byFunction, 10)}`,
      );
  }
  for (const scale of results.scale) {
    const n = scale.events.toLocaleString('en');
    out.push(`${n} events, drag main-thread time (atlas): ${times(scale.app.dragProfile.bySource, 8)}`);
    out.push(`${n} events, drag main-thread time (floor): ${times(scale.floor.dragProfile.bySource, 4)}`);
  }
  if (lighthouse?.findings.length) out.push(`Lighthouse findings:\n  ${lighthouse.findings.join('\n  ')}`);
  if (results.floorLighthouse)
    out.push(
      `Floor page, Lighthouse metrics: ${Object.entries(results.floorLighthouse.metrics)
        .map(([metric, value]) => `${metric} ${value}`)
        .join(', ')}`,
    );
  if (coldLoad?.foreignRequests.length)
    out.push(`Requests to other origins: ${coldLoad.foreignRequests.join(', ')}`);
  if (results.errors.length) out.push(`Errors:\n  ${results.errors.join('\n  ')}`);
  return out.join('\n\n');
}
