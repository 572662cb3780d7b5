import { mkdtemp, mkdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { openAtlas } from './driver';

let root = '';
let base = '';
let stop = () => undefined as void;

/** A newsroom's server where the build was copied to /graphics/atlas/, next to other things. */
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'flashpoint-subpath-'));
  await mkdir(path.join(root, 'graphics'));
  await symlink(path.resolve(inject('buildRoot')), path.join(root, 'graphics', 'atlas'));
  const { server, url } = await startServer({ root, port: 0 });
  stop = () => void server.close();
  base = `${url}graphics/atlas/`;
});

afterAll(async () => {
  stop();
  if (root !== '') await rm(root, { recursive: true, force: true });
});

describe('the atlas copied under a sub-path of a newsroom site', () => {
  it.each([
    ['the main page', ''],
    ['the embed', 'embed.html?event=kerman-twin-blasts-2024'],
  ])('loads %s, its data and its map from there', async (_label, page) => {
    const atlas = await openAtlas({ path: `${base}${page}` });
    await atlas.waitForMapIdle();
    expect(atlas.requests.filter((url) => !url.startsWith(base) && !/^(data|blob):/.test(url))).toEqual([]);
    expect(atlas.requests.some((url) => url.startsWith(`${base}geo/events.geojson`))).toBe(true);
    expect(atlas.consoleErrors).toEqual([]);
  });
});
