// Proves that the build the browser tests drive is the shipped one plus the debug handle: every file of the two is
// byte-identical once content hashes are set aside, except the map chunks, which differ by the handle alone.
// Usage: npx tsx scripts/build/compare-builds.ts <shipped dir> <tested dir>
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HANDLE = 'flashpointAtlas';

/** Vite's content hashes in file names (`create-map-B1x_9aQz.js`), and Workbox's revisions in the service worker. */
const HASHED_NAME = /([\w.-]+?)-[\w-]{8}(\.(?:m?js|css)(?:\.map)?)\b/g;
const REVISION = /(revision:\s*")[0-9a-f]{32}"/g;
/** Source maps name their sources relative to the build, which may sit deeper in one tree than in the other. */
const SOURCE_UP = /"(?:\.\.\/)+/g;
/** Workbox lists the precache in file-name order, and the names carry the hashes. */
const PRECACHE = /\[\{url:.*?\}\]/s;

function normalize(text: string, file = ''): string {
  let result = text.replace(HASHED_NAME, '$1-#$2').replace(REVISION, '$1#"');
  if (file.endsWith('.map')) result = result.replace(SOURCE_UP, '"');
  // The worker is Workbox's own code, minified with names that follow the manifest's letters; its precache list is
  // what the build decides, so that is what is compared.
  if (file === 'sw.js')
    result = (PRECACHE.exec(result)?.[0] ?? '').slice(1, -1).split('},{').sort().join('},{');
  return result;
}

/** The only files allowed to differ: the chunks that create the map, where the handle lives, and their maps. */
const MAP_CHUNK = /(^|\/)create-map-#\.js(\.map)?$/;

const TEXT = /\.(html|m?js|css|map|json|geojson|svg|md|txt|webmanifest)$|^_headers$/;
const readBuildFile = async (dir: string, file: string) =>
  TEXT.test(file)
    ? normalize(await readFile(join(dir, file), 'utf8'), file)
    : (await readFile(join(dir, file))).toString('base64');

async function listBuild(dir: string) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile() || /\.(br|gz)$/.test(entry.name)) continue;
    const file = relative(dir, join(entry.parentPath ?? entry.path, entry.name))
      .split('\\')
      .join('/');
    files.set(normalize(file), file);
  }
  return files;
}

/** Every difference between the two builds that the debug handle does not explain, as readable lines. */
export async function compareBuilds(shippedDir: string, testedDir: string): Promise<string[]> {
  const [shipped, tested] = await Promise.all([listBuild(shippedDir), listBuild(testedDir)]);
  const problems: string[] = [];
  for (const name of shipped.keys())
    if (!tested.has(name)) problems.push(`only in the shipped build: ${name}`);
  for (const name of tested.keys())
    if (!shipped.has(name)) problems.push(`only in the tested build: ${name}`);
  let mapChunks = 0;
  for (const [name, file] of shipped) {
    // Workbox writes the worker's map from a temporary file whose path changes with every build, shipped or not;
    // the worker itself is compared.
    if (!tested.has(name) || name === 'sw.js.map') continue;
    const a = await readBuildFile(shippedDir, file);
    const b = await readBuildFile(testedDir, tested.get(name)!);
    if (a.includes(HANDLE)) problems.push(`the shipped build carries the debug handle: ${name}`);
    if (MAP_CHUNK.test(name)) {
      if (!name.endsWith('.map') && b.includes(HANDLE)) mapChunks += 1;
    } else if (a !== b) problems.push(`differs: ${name}`);
  }
  if (!mapChunks) problems.push('the tested build carries no debug handle in its map chunks');
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [shippedDir = 'dist', testedDir = '.cache/builds/tested-dist'] = process.argv.slice(2);
  const problems = await compareBuilds(shippedDir, testedDir);
  console.log(problems.length ? problems.join('\n') : `${testedDir} is ${shippedDir} plus the debug handle.`);
  process.exit(problems.length ? 1 : 0);
}
