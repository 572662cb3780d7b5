// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets, initialAssets, measureBuild, staticImports } from '../../scripts/size-budget.mjs';

/** A miniature build: an entry that imports a shared chunk statically and the map lazily. */
const FILES: Record<string, string> = {
  'index.html': `<!doctype html><html><head>
    <script type="module" crossorigin src="./assets/index-a1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/vendor-b2.js">
    <link rel="stylesheet" crossorigin href="./assets/index-c3.css">
    <link rel="icon" href="./favicon.svg"></head><body></body></html>`,
  'embed.html': `<!doctype html><html><head>
    <script type="module" crossorigin src="./assets/embed-g7.js"></script></head><body></body></html>`,
  'assets/embed-g7.js': `import{a}from"./shared-d4.js";const m=()=>import("./create-map-e5.js");a(m);`,
  'assets/index-a1.js': `import{a}from"./shared-d4.js";const m=()=>import("./create-map-e5.js");a(m);`,
  'assets/shared-d4.js': 'export const a=(f)=>f;',
  'assets/vendor-b2.js': 'export const v=1;',
  'assets/index-c3.css': 'body{margin:0}',
  'assets/create-map-e5.js': `import"./maplibre-gl-worker-f6.mjs";${'x'.repeat(5000)}`,
  'assets/maplibre-gl-worker-f6.mjs': 'self.onmessage=()=>{};',
  'geo/basemap/countries.geojson': '{"type":"FeatureCollection","features":[]}',
  'geo/events.geojson': '{"type":"FeatureCollection","features":[]}',
};

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'flashpoint-size-'));
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
});

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('the size budget', () => {
  it('counts what index.html loads up front and what those scripts import statically, never lazy chunks', async () => {
    const measured = await measureBuild(dir);
    expect(measured.initialJs.files.sort()).toEqual([
      'assets/index-a1.js',
      'assets/shared-d4.js',
      'assets/vendor-b2.js',
    ]);
    expect(measured.embedInitialJs.files.sort()).toEqual(['assets/embed-g7.js', 'assets/shared-d4.js']);
    expect(measured.initialCss.files).toEqual(['assets/index-c3.css']);
    expect(measured.mapChunk.files).toEqual(['assets/create-map-e5.js']);
    expect(measured.basemap.files).toEqual(['geo/basemap/countries.geojson']);
    expect(measured.initialMapLibre).toEqual([]);
  });

  it('passes a build within its budgets and fails one that is over', async () => {
    const measured = await measureBuild(dir);
    expect(checkBudgets(measured).ok).toBe(true);
    const tight = checkBudgets(measured, { initialJs: 10, mapChunk: 310_000 });
    expect(tight.ok).toBe(false);
    expect(tight.rows.find((row) => row.key === 'initialJs')?.ok).toBe(false);
  });

  it('fails a build that carries the debug handle, the way the browser tests build it', async () => {
    expect((await measureBuild(dir)).debugHandle).toEqual([]);
    const tested = path.join(dir, 'assets/create-map-e5.js');
    await writeFile(tested, `${FILES['assets/create-map-e5.js']};window.flashpointAtlas={map:m};`);
    try {
      const result = checkBudgets(await measureBuild(dir));
      expect(result.withHandle).toEqual(['assets/create-map-e5.js']);
      expect(result.ok).toBe(false);
    } finally {
      await writeFile(tested, FILES['assets/create-map-e5.js']!);
    }
  });

  it('reads module scripts, preloads and stylesheets from the page, and static imports from minified code', () => {
    expect(
      initialAssets('<script type="module" src="/assets/a.js"></script><link rel="icon" href="i.svg">'),
    ).toEqual(['assets/a.js']);
    expect(staticImports('import{x as y}from"./a.js";import"./b.js";import("./lazy.js")')).toEqual([
      './a.js',
      './b.js',
    ]);
  });
});
