// Serves the built app (dist/) the way a newsroom's static host would (gzip included), plus the security headers we promise:
// a strict Content-Security-Policy with no 'unsafe-inline' and no 'unsafe-eval', and no cookies, ever.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Text a static host would compress; big files are left alone (a newsroom's 50 MB dataset streams as is). */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.svg',
  '.md',
  '.txt',
  '.map',
]);
const MAX_COMPRESSED_BYTES = 8 * 1024 * 1024;
const compressedCache = new Map();

async function compressed(path, info) {
  const key = `${path}:${info.mtimeMs}`;
  let body = compressedCache.get(key);
  if (!body) {
    body = await gzipAsync(await readFile(path), { level: 6 });
    compressedCache.set(key, body);
  }
  return body;
}

/**
 * The types a host must send (docs/DEPLOY.md). Under nosniff a browser refuses a module worker that is not JavaScript:
 * `.mjs` as application/octet-stream, which many static hosts send, keeps MapLibre's worker from starting.
 */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** MapLibre's worker is a same-origin module file, so 'self' covers it; blob: is for its image decoding. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  // Embeds are the point: any page may frame the atlas.
  'frame-ancestors *',
].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Public, credential-free files: a frame sandboxed without allow-same-origin has an opaque origin, and its module
  // scripts, fonts and data are cross-origin requests that need this to load at all (docs/DEPLOY.md).
  'Access-Control-Allow-Origin': '*',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Chromium accepts addresses up to 2 MB; links the atlas writes stay under 1 KB (docs/URL.md). */
const MAX_HEADER_BYTES = 2 * 1024 * 1024 + 64 * 1024;

/** Resolves a URL path inside root, refusing anything that climbs out of it. */
function fileFor(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const candidate = normalize(join(root, decoded));
  return candidate === root || candidate.startsWith(root + sep) ? candidate : null;
}

export function startServer({ root = 'dist', port = 4173, host = '127.0.0.1', headers = {} } = {}) {
  const base = resolve(root);
  // Node answers 431 to request headers over 16 KB; a long shared link must open the atlas, not an error page.
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, async (request, response) => {
    const send = (status, body, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': type });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed');
    let path;
    try {
      path = fileFor(base, request.url ?? '/');
    } catch {
      return send(400, 'Bad request');
    }
    if (!path) return send(403, 'Forbidden');
    try {
      let info = await stat(path);
      if (info.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path);
      }
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      const cache = path.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
      const common = {
        ...SECURITY_HEADERS,
        ...headers,
        'Content-Type': type,
        'Cache-Control': cache,
        Vary: 'Accept-Encoding',
      };
      const accepted = String(request.headers['accept-encoding'] ?? '');
      const acceptsGzip = /\bgzip\b/.test(accepted);
      // The build's own .br and .gz (scripts/precompress.mjs) first, as a static host would serve them.
      for (const [encoding, suffix] of [
        ['br', '.br'],
        ['gzip', '.gz'],
      ]) {
        if (!new RegExp(`\\b${encoding}\\b`).test(accepted)) continue;
        const precompressed = await stat(`${path}${suffix}`).catch(() => null);
        if (!precompressed?.isFile()) continue;
        response.writeHead(200, {
          ...common,
          'Content-Encoding': encoding,
          'Content-Length': precompressed.size,
        });
        if (request.method === 'HEAD') return response.end();
        return createReadStream(`${path}${suffix}`).pipe(response);
      }
      if (acceptsGzip && COMPRESSIBLE.has(extname(path)) && info.size <= MAX_COMPRESSED_BYTES) {
        const body = await compressed(path, info);
        response.writeHead(200, { ...common, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
        return response.end(request.method === 'HEAD' ? undefined : body);
      }
      response.writeHead(200, { ...common, 'Content-Length': info.size });
      if (request.method === 'HEAD') return response.end();
      createReadStream(path).pipe(response);
    } catch {
      send(404, 'Not found');
    }
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveListen({ server, url: `http://${host}:${actualPort}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  startServer({ port, host })
    .then(({ url }) => console.log(`Flashpoint Atlas is being served at ${url} (Ctrl+C to stop)`))
    .catch((error) => {
      console.error(`Could not start the server: ${error.message}`);
      process.exit(1);
    });
}
