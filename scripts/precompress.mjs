// Writes a .br and a .gz beside every compressible file of the build, so a static host (nginx's gzip_static and
// brotli_static, Netlify, Caddy's precompressed) serves them without compressing on each request, and with
// brotli's better ratio. Node's own zlib does both; nothing to install. Usage: node scripts/precompress.mjs [dir]
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|json|geojson|svg|md|txt)$/;
/** Below this, the headers outweigh what compression saves. */
const MIN_BYTES = 1024;

export async function precompress(dir = 'dist') {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  let count = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const body = await readFile(path);
    if (body.length < MIN_BYTES) continue;
    const brotli = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    await writeFile(`${path}.br`, brotli);
    await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
    count += 1;
  }
  return count;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*[\\/]/, ''))) {
  const dir = process.argv[2] ?? 'dist';
  const count = await precompress(dir);
  console.log(`Precompressed ${count} files in ${dir}/ (.br and .gz beside each).`);
}
