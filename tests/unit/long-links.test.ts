import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { startServer } from '../../scripts/serve.mjs';
import { MAX_SEARCH_LENGTH, parseUrlState, serializeUrlState } from '../../src/lib/url-state';

const vocabulary = { categories: ['bombing'], threads: ['kerman-2024'], modes: ['explore'] };

describe('a very long link', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-serve-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>Atlas</title>');
    ({ server, url } = await startServer({ root, port: 0 }));
  });
  afterAll(() => server.close());

  it('still opens the atlas from the server, not a 431 error page', async () => {
    const response = await fetch(`${url}?q=${'x'.repeat(40_000)}&event=${'a'.repeat(30_000)}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Atlas</title>');
  });
});

describe('the links the atlas writes', () => {
  it('carry at most the search text the search box takes', () => {
    const search = serializeUrlState({ search: 'Kerman '.repeat(400) });
    const written = new URLSearchParams(search).get('q') ?? '';
    expect(written.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
    expect(parseUrlState(search, vocabulary).search).toBe(written);
  });

  it('leave out an incident id too long to be read back, instead of writing a link that would drop it', () => {
    const id = `incident-${'a'.repeat(2000)}`;
    expect(serializeUrlState({ event: id, search: 'Erbil' })).toBe('?q=Erbil');
  });
});
