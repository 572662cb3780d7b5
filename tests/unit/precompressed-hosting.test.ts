// @vitest-environment node
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress.mjs';
import { startServer } from '../../scripts/serve.mjs';

let dir = '';
const script = `export const story = ${JSON.stringify('Kerman '.repeat(400))};`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'flashpoint-precompress-'));
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'assets', 'app-1a2b.js'), script);
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Atlas</title>');
  await writeFile(path.join(dir, 'favicon.png'), Buffer.alloc(4096, 1));
});

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('a build served the way a newsroom static host serves it', () => {
  it('writes .br and .gz beside compressible files big enough to gain, and leaves the rest', async () => {
    expect(await precompress(dir)).toBe(1);
    const file = path.join(dir, 'assets', 'app-1a2b.js');
    expect(brotliDecompressSync(await readFile(`${file}.br`)).toString()).toBe(script);
    expect(gunzipSync(await readFile(`${file}.gz`)).toString()).toBe(script);
    await expect(readFile(path.join(dir, 'favicon.png.br'))).rejects.toThrow();
  });

  it('serves the brotli file to a browser that takes it, cached forever when hashed, and index.html revalidated', async () => {
    const { server, url } = await startServer({ root: dir, port: 0 });
    try {
      const asset = await fetch(`${url}assets/app-1a2b.js`, { headers: { 'Accept-Encoding': 'br, gzip' } });
      expect(asset.headers.get('content-encoding')).toBe('br');
      expect(await asset.text()).toBe(script);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('access-control-allow-origin')).toBe('*');
      const page = await fetch(url);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(page.headers.get('content-security-policy')).toContain('frame-ancestors *');
    } finally {
      server.close();
    }
  });
});
