import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROME_ARGS, chromePath } from '../../tests/e2e/browser';
import { median } from './stats';

const run = promisify(execFile);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
type Category = (typeof CATEGORIES)[number];

interface LighthouseReport {
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
  >;
}

export interface LighthouseResult {
  runs: Record<Category, number | null>[];
  median: Record<Category, number>;
  metrics: Record<string, string>;
  findings: string[];
}

/** Lighthouse's CLI, desktop preset, on Debian's Chromium with the same software-GPU flags as the tests. */
async function lighthouseOnce(url: string, outputPath: string): Promise<LighthouseReport> {
  const cli = resolve('node_modules/lighthouse/cli/index.js');
  await run(
    process.execPath,
    [
      cli,
      url,
      '--preset=desktop',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json',
      `--output-path=${outputPath}`,
      '--quiet',
      `--chrome-flags=${CHROME_ARGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromePath() }, timeout: 180_000, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(await readFile(outputPath, 'utf8')) as LighthouseReport;
}

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

export async function measureLighthouse(
  url: string,
  runs: number,
  outDir: string,
): Promise<LighthouseResult> {
  await mkdir(outDir, { recursive: true });
  const reports: LighthouseReport[] = [];
  for (let index = 0; index < runs; index += 1) {
    const outputPath = join(outDir, `run-${index + 1}.json`);
    // Lighthouse 12 sometimes loses its own trace of a load (NO_NAVSTART) and exits non-zero: measure again once.
    reports.push(await lighthouseOnce(url, outputPath).catch(() => lighthouseOnce(url, outputPath)));
    process.stdout.write(`  lighthouse ${index + 1}/${runs}\n`);
  }
  const scores = reports.map((report) =>
    Object.fromEntries(CATEGORIES.map((category) => [category, report.categories[category]?.score ?? null])),
  ) as Record<Category, number | null>[];
  const medianOf = (category: Category) => median(scores.map((score) => score[category] ?? Number.NaN));
  const last = reports.at(-1)!;
  const findings = new Map<string, string>();
  for (const report of reports) {
    for (const category of CATEGORIES) {
      for (const ref of report.categories[category].auditRefs) {
        const audit = report.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 0.9 || audit.scoreDisplayMode === 'informative')
          continue;
        if (category === 'performance' && ref.weight === 0) continue;
        findings.set(`${category}: ${audit.title}`, audit.displayValue ? ` (${audit.displayValue})` : '');
      }
    }
  }
  return {
    runs: scores,
    median: Object.fromEntries(CATEGORIES.map((category) => [category, medianOf(category)])) as Record<
      Category,
      number
    >,
    metrics: Object.fromEntries(METRICS.map((id) => [id, last.audits[id]?.displayValue ?? '?'])),
    findings: [...findings].map(([finding, value]) => `${finding}${value}`),
  };
}
