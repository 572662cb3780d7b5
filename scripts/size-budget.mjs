// Fails the build when the bytes a reader downloads grow past what we promised (docs/PERFORMANCE.md).
// "Initial" is what index.html (and embed.html, the embed's own page) asks for before any user action: its scripts, module preloads, stylesheets and
// the chunks those scripts import statically. MapLibre is loaded lazily, so it has a budget of its own.
// Usage: node scripts/size-budget.mjs [dir]   (default: dist)
import { readFile, readdir } from 'node:fs/promises';
import { join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1000;

/** Limits in gzip bytes. 1 KB = 1000 bytes, as Vite prints them. */
export const BUDGETS = {
  initialJs: 112 * KB,
  embedInitialJs: 70 * KB,
  embedTotalJs: 650 * KB,
  initialCss: 20 * KB,
  mapChunk: 310 * KB,
  mapWorker: 170 * KB,
  totalJs: 650 * KB,
  basemap: 600 * KB,
  storyData: 150 * KB,
};

const LABELS = {
  initialJs: 'initial JS (everything but MapLibre)',
  embedInitialJs: 'embed.html initial JS (but MapLibre)',
  embedTotalJs: 'all JS of embed.html (assets/embed)',
  initialCss: 'initial CSS',
  mapChunk: 'map chunk (MapLibre + map code, lazy)',
  mapWorker: 'MapLibre worker',
  totalJs: 'all JS',
  basemap: 'basemap GeoJSON (geo/basemap)',
  storyData: 'story data (geo/*.geojson, *.json)',
};

export const gzipSize = (buffer) => gzipSync(buffer).length;

/** Files index.html loads up front, relative to the build root. */
export function initialAssets(html) {
  const found = new Set();
  const attribute = /<(script|link)\b([^>]*)>/gi;
  for (const [, tag, attributes] of html.matchAll(attribute)) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(attributes)?.[1];
    if (!url || /^[a-z]+:|^\/\//i.test(url)) continue;
    const isScript = tag.toLowerCase() === 'script' && /type="module"/.test(attributes);
    const isPreloadOrStyle = /rel="(modulepreload|stylesheet)"/.test(attributes);
    if (isScript || isPreloadOrStyle) found.add(posix.normalize(url.replace(/^\.?\//, '')));
  }
  return [...found];
}

/** Chunks a module imports statically (minified `import"./x.js"` / `from"./x.js"`); dynamic import() is lazy. */
export function staticImports(code) {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.m?js)["']/g)].map(
    (match) => match[1],
  );
}

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split('\\')
        .join('/'),
    );
}

/** The live map's name on window in the tested build (scripts/build/debug-handle-flag.ts); never in a shipped one. */
export const DEBUG_HANDLE = 'flashpointAtlas';
const isReadable = (file) => /\.(html|m?js|css|map|json|geojson|svg|txt|webmanifest)$/.test(file);

const isMapLibre = (file) => /(^|\/)(create-map|maplibre-gl)[^/]*\.m?js$/.test(file);

/** Every figure the budgets look at, in gzip bytes, with the files behind each; `exclude` skips folders. */
export async function measureBuild(dir = 'dist', { exclude = [] } = {}) {
  const root = resolve(dir);
  const files = (await listFiles(root)).filter(
    (file) => !exclude.some((folder) => file.startsWith(`${folder}/`)),
  );
  const size = new Map();
  const gz = async (file) => {
    if (!size.has(file)) size.set(file, gzipSize(await readFile(join(root, file))));
    return size.get(file);
  };

  /** What a page loads before any user action; an absent page (a build without embed.html) loads nothing. */
  const initialOf = async (page) => {
    const initial = new Set();
    if (!files.includes(page)) return initial;
    const queue = initialAssets(await readFile(join(root, page), 'utf8'));
    while (queue.length) {
      const file = queue.shift();
      if (initial.has(file) || !files.includes(file)) continue;
      initial.add(file);
      if (/\.m?js$/.test(file)) {
        const code = await readFile(join(root, file), 'utf8');
        for (const target of staticImports(code)) queue.push(posix.join(posix.dirname(file), target));
      }
    }
    return initial;
  };
  const initial = await initialOf('index.html');
  const embedInitial = await initialOf('embed.html');

  const sum = async (list) => {
    let total = 0;
    for (const file of list) total += await gz(file);
    return { bytes: total, files: list };
  };
  // embed.html is a build of its own (vite.embed.config.ts) with its chunks in assets/embed/.
  const ofEmbed = (file) => file.startsWith('assets/embed/');
  const allJs = files.filter((file) => /\.m?js$/.test(file));
  const js = allJs.filter((file) => !ofEmbed(file));
  const initialList = [...initial];
  const scriptsButMapLibre = (list) => list.filter((file) => /\.m?js$/.test(file) && !isMapLibre(file));
  return {
    initialJs: await sum(scriptsButMapLibre(initialList)),
    embedInitialJs: await sum(scriptsButMapLibre([...embedInitial])),
    embedTotalJs: await sum(allJs.filter(ofEmbed)),
    initialCss: await sum(initialList.filter((file) => file.endsWith('.css'))),
    mapChunk: await sum(js.filter((file) => /(^|\/)create-map[^/]*\.js$/.test(file))),
    mapWorker: await sum(js.filter((file) => /(^|\/)maplibre-gl-worker[^/]*\.m?js$/.test(file))),
    totalJs: await sum(js),
    basemap: await sum(files.filter((file) => /^geo\/basemap\/.*\.geojson$/.test(file))),
    storyData: await sum(files.filter((file) => /^geo\/[^/]+\.(geo)?json$/.test(file))),
    initialMapLibre: [...initialList, ...embedInitial].filter(isMapLibre),
    debugHandle: await filesContaining(root, files.filter(isReadable), DEBUG_HANDLE),
  };
}

async function filesContaining(root, files, text) {
  const found = [];
  for (const file of files) if ((await readFile(join(root, file), 'utf8')).includes(text)) found.push(file);
  return found;
}

/** One line per budget; `ok` is false when any figure is over, or MapLibre sneaks into the initial load. */
export function checkBudgets(measured, budgets = BUDGETS) {
  const rows = Object.entries(budgets).map(([key, limit]) => ({
    key,
    label: LABELS[key] ?? key,
    bytes: measured[key].bytes,
    limit,
    ok: measured[key].bytes <= limit,
  }));
  const lazyMap = measured.initialMapLibre.length === 0;
  const withHandle = measured.debugHandle;
  return { rows, lazyMap, withHandle, ok: lazyMap && !withHandle.length && rows.every((row) => row.ok) };
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

export function formatReport({ rows, lazyMap, withHandle }) {
  const lines = rows.map(
    (row) =>
      `${row.ok ? 'ok  ' : 'OVER'}  ${row.label.padEnd(40)} ${kb(row.bytes).padStart(10)} / ${kb(row.limit)}`,
  );
  lines.push(
    `${lazyMap ? 'ok  ' : 'OVER'}  MapLibre is ${lazyMap ? 'loaded lazily' : 'in the initial load'}`,
  );
  lines.push(
    withHandle.length
      ? `FAIL  the debug handle (${DEBUG_HANDLE}) is in ${withHandle.join(', ')}: build with npm run build`
      : `ok    no debug handle (${DEBUG_HANDLE})`,
  );
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  try {
    const result = checkBudgets(await measureBuild(dir));
    console.log(`Size budget for ${dir}/ (gzip):\n${formatReport(result)}`);
    if (!result.ok) {
      console.error(
        result.withHandle.length
          ? '\nThis is a tested build (the debug handle is on); ship only what npm run build makes.'
          : '\nOver budget. Lazy-load what first paint does not need, or explain a new budget in docs/PERFORMANCE.md.',
      );
      process.exit(1);
    }
  } catch (error) {
    console.error(`Could not measure ${dir}/: ${error.message} (run the build first).`);
    process.exit(1);
  }
}
