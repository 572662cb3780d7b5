// npm run bench: builds the atlas and a bare-MapLibre floor page, measures both in headless Chromium, prints a
// table and writes bench/results.json. Timings are reported, never asserted (the byte budget is: npm run size).
// Options: --runs N (cold loads, default 7), --sizes 1000,10000,100000, --repeats N, --lighthouse N (0 skips).
import { cpus, totalmem } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { measureBuild } from '../size-budget.mjs';
import { CHROME_ARGS, chromePath } from '../../tests/e2e/browser';
import { buildTargets } from './build-targets';
import { measureColdLoad } from './cold-load';
import { measureLighthouse } from './lighthouse';
import { measurePresentEntry } from './present-entry';
import { checkPaintBeforeMap } from './paint-before-map';
import { formatResults, type BenchResults } from './report';
import { measureScale } from './scale';
import { writeSyntheticDatasets } from './synthetic-events';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    repeats: { type: 'string', default: '5' },
    lighthouse: { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const OUT = resolve('bench/dist');
const sizes = values.sizes.split(',').filter(Boolean).map(Number);

// The whole benchmark must end: a hung browser cannot hold a CI runner or a laptop hostage. On two busy cores a
// full run takes 15–20 minutes; at the limit, what was measured so far is still written and printed.
const LIMIT_MINUTES = 30;
const watchdog = setTimeout(() => {
  console.error(`The benchmark ran past ${LIMIT_MINUTES} minutes and was stopped.`);
  results.errors.push(`stopped after ${LIMIT_MINUTES} minutes`);
  void writeResults().finally(() => process.exit(2));
}, LIMIT_MINUTES * 60_000);

const started = Date.now();
const step = (label: string) => console.log(`[${Math.round((Date.now() - started) / 1000)} s] ${label}`);

if (!values['skip-build']) {
  step('building the atlas and the floor page into bench/dist');
  await buildTargets(OUT);
}
step('writing synthetic datasets');
const dataPaths = await writeSyntheticDatasets(OUT, sizes);

const { server, url } = await startServer({ root: OUT, port: 0 });
const browser = await chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
const results: BenchResults = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '?',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: browser.version(),
    gpu: 'SwiftShader (software WebGL)',
  },
  bytes: null,
  paintBeforeMap: null,
  coldLoad: null,
  presentEntry: null,
  scale: [],
  lighthouse: null,
  floorLighthouse: null,
  errors: [],
};

const attempt = async <T>(label: string, work: () => Promise<T>): Promise<T | null> => {
  step(label);
  try {
    return await work();
  } catch (error) {
    const message = `${label}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    results.errors.push(message);
    console.error(`  failed: ${message}`);
    return null;
  }
};

async function writeResults() {
  await mkdir('bench', { recursive: true });
  await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${formatResults(results)}`);
}

try {
  results.bytes = await attempt('bytes', () => measureBuild(OUT, { exclude: ['floor', 'bench-data'] }));
  results.paintBeforeMap = await attempt('header and list before MapLibre', () =>
    checkPaintBeforeMap(browser, url),
  );
  results.coldLoad = await attempt('cold loads', () => measureColdLoad(browser, url, Number(values.runs)));
  results.presentEntry = await attempt('entering present mode', () =>
    measurePresentEntry(browser, url, Number(values.runs)),
  );
  for (const size of sizes) {
    const scale = await attempt(`scale: ${size} events`, () =>
      measureScale(browser, url, size, dataPaths.get(size)!, Number(values.repeats)),
    );
    if (scale) results.scale.push(scale);
  }
  await browser.close();
  const lighthouseRuns = Number(values.lighthouse);
  if (lighthouseRuns > 0) {
    results.lighthouse = await attempt('lighthouse', () =>
      measureLighthouse(url, lighthouseRuns, resolve('bench/.lighthouse')),
    );
    results.floorLighthouse = await attempt('lighthouse, floor page', () =>
      measureLighthouse(`${url}floor/`, lighthouseRuns, resolve('bench/.lighthouse/floor')),
    );
  }
} finally {
  await browser.close().catch(() => undefined);
  server.close();
  clearTimeout(watchdog);
}

await writeResults();
step('done: bench/results.json');
