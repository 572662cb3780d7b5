// @vitest-environment node
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStoryData } from '../../scripts/geo/events.ts';

let workDir = '';
let dataDir = '';
let outDir = '';

beforeEach(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'flashpoint-story-data-'));
  dataDir = path.join(workDir, 'data');
  outDir = path.join(workDir, 'out');
  await cp('data', dataDir, { recursive: true });
  await mkdir(outDir);
});

afterEach(async () => {
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

async function lengthenNote(folder: 'events' | 'places', field: 'precisionNote' | 'notes') {
  const dir = path.join(dataDir, folder);
  const file = path.join(dir, (await readdir(dir)).sort()[0]!);
  const records = JSON.parse(await readFile(file, 'utf8')) as {
    id: string;
    properties: Record<string, unknown>;
  }[];
  records[0]!.properties[field] = 'A note that runs on. '.repeat(45);
  await writeFile(file, JSON.stringify(records));
  return records[0]!.id;
}

describe('npm run geo with a record the atlas would refuse', () => {
  it('names an event whose precision note is over 800 characters, and writes nothing', async () => {
    const id = await lengthenNote('events', 'precisionNote');
    await expect(buildStoryData(dataDir, outDir)).rejects.toThrow(
      new RegExp(`"${id}": properties\\.precisionNote must be at most 800 characters`),
    );
    await expect(readdir(outDir)).resolves.toEqual([]);
  });

  it('names a place whose notes are over 800 characters', async () => {
    const id = await lengthenNote('places', 'notes');
    await expect(buildStoryData(dataDir, outDir)).rejects.toThrow(
      new RegExp(`"${id}": properties\\.notes must be at most 800 characters`),
    );
  });

  it('publishes every record of the bundled data', async () => {
    await buildStoryData(dataDir, outDir);
    const events = JSON.parse(await readFile(path.join(outDir, 'events.geojson'), 'utf8')) as {
      features: unknown[];
    };
    const raw = await Promise.all(
      (await readdir(path.join(dataDir, 'events'))).map(
        async (name) => JSON.parse(await readFile(path.join(dataDir, 'events', name), 'utf8')) as unknown[],
      ),
    );
    expect(events.features).toHaveLength(raw.flat().length);
  });
});
