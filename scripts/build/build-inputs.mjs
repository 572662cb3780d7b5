// A fingerprint of everything a build is made from, so the browser tests know whether a build they find is current.
// Usage: node scripts/build/build-inputs.mjs --stamp dist   (npm run build does it: records what dist/ was built from)
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Not inputs of a build: its outputs, the tests, the docs, and what package-lock.json already stands for. */
const SKIPPED = new Set([
  '.git',
  '.cache',
  '.scratch',
  'node_modules',
  'dist',
  'bench',
  'tests',
  'docs',
  'coverage',
  'test-results',
]);

export const STAMPS = resolve('.cache/builds');

/** Skipped folders are never walked: `npm test` rebuilds dist/ on the other core while this runs. */
async function inputFiles(root) {
  const top = (await readdir(root, { withFileTypes: true })).filter((entry) => !SKIPPED.has(entry.name));
  const nested = await Promise.all(
    top
      .filter((entry) => entry.isDirectory())
      .map((entry) => readdir(join(root, entry.name), { withFileTypes: true, recursive: true })),
  );
  return [...top, ...nested.flat()]
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(root, join(entry.parentPath ?? entry.path, entry.name))
        .split('\\')
        .join('/'),
    )
    .filter((file) => !/\.(md|log)$/.test(file))
    .sort();
}

export async function buildInputsHash(root = '.') {
  const hash = createHash('sha256');
  const files = await inputFiles(root);
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(await readFile(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

const stampPath = (dir) =>
  join(STAMPS, `${relative('.', resolve(dir)).replaceAll(/[\\/]/g, '_') || 'root'}.inputs`);

export async function writeStamp(dir, inputs) {
  await mkdir(dirname(stampPath(dir)), { recursive: true });
  await writeFile(stampPath(dir), inputs);
}

export async function readStamp(dir) {
  return readFile(stampPath(dir), 'utf8').catch(() => null);
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url) &&
  process.argv[2] === '--stamp'
) {
  await writeStamp(process.argv[3] ?? 'dist', await buildInputsHash());
}
