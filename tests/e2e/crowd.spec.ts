import { mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticEvents } from '../../scripts/bench/synthetic-events';
import { openAtlas } from './driver';
import { LAYER } from '../../src/map/layers/ids';

// A newsroom's large dataset, served from the build under test like any ?data= file, removed afterwards.
const root = resolve(inject('buildRoot'));
const served = resolve(root, 'fixtures/crowd');
const DATA = '?data=fixtures/crowd/events-1200.geojson';

describe('a newsroom dataset with more incidents than shapes can show', () => {
  beforeAll(async () => {
    await mkdir(served, { recursive: true });
    await writeFile(resolve(served, 'events-1200.geojson'), JSON.stringify(syntheticEvents(1200)));
  });
  afterAll(async () => {
    await rm(served, { recursive: true, force: true });
  });

  it('draws the crowd as coloured dots, says so in the legend, and still filters and opens incidents', async () => {
    const atlas = await openAtlas({ path: DATA });
    await atlas.waitForList();
    await atlas.waitForMapIdle();
    const dots = await atlas.renderedFeatures(LAYER.eventDots);
    expect(dots.length).toBeGreaterThan(500);
    expect(await atlas.renderedFeatures(LAYER.eventPoints)).toEqual([]);
    expect(await atlas.renderedFeatures(LAYER.clusters)).toEqual([]);
    // Uncertainty halos wait for a closer zoom in a crowd (src/data/crowd.ts).
    expect(await atlas.renderedFeatures(LAYER.eventHalos)).toEqual([]);

    await atlas.openLegend();
    await expect.poll(() => atlas.legendText()).toContain("Dot: one incident, in its kind's colour");
    expect(await atlas.legendClusterEntries()).toBe(0);
    expect(await atlas.axeViolations()).toEqual([]);

    await atlas.goTo(`${DATA}&thread=red-sea`);
    await atlas.waitForList();
    await atlas.waitForMapIdle();
    const redSea = await atlas.renderedFeatures(LAYER.eventDots);
    expect(redSea.length).toBeGreaterThan(0);
    expect(redSea.length).toBeLessThan(dots.length);
    expect(new Set(redSea.map((feature) => feature.thread))).toEqual(new Set(['red-sea']));

    const id = String(redSea[0]!.id);
    await atlas.clickEventOnMap(id);
    await expect.poll(() => atlas.url().href).toContain(`event=${id}`);
    await atlas.waitForMapIdle();
    // The open one is ringed and drawn on top in its own shape, from the small focus source.
    expect((await atlas.renderedFeatures(LAYER.eventSelection)).map((feature) => feature.id)).toEqual([id]);
    expect((await atlas.renderedFeatures(LAYER.selectedEventPoint)).map((feature) => feature.id)).toEqual([
      id,
    ]);
    expect(await atlas.axeViolations()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('draws uncertainty halos once the reader zooms in', async () => {
    const atlas = await openAtlas({ path: `${DATA}&map=7/33.3/44.4` });
    await atlas.waitForList();
    await atlas.waitForMapIdle();
    expect((await atlas.renderedFeatures(LAYER.eventHalos)).length).toBeGreaterThan(0);
    await atlas.openLegend();
    await expect.poll(() => atlas.legendText()).toContain('shown as you zoom in');
  });

  it('lets a keyboard reader walk a bounded number of dots in view and open one', async () => {
    const atlas = await openAtlas({ path: DATA });
    await atlas.waitForList();
    await atlas.waitForMapIdle();
    await atlas.focusMap();
    await atlas.press('Tab');
    // No clusters in a crowd: the first stop is an incident, and the stops stop at 120 (the list has the rest).
    expect((await atlas.focusedMapStop()).key).toMatch(/^event:/);
    const stops = await atlas.mapStopCount();
    expect(stops).toBeGreaterThan(1);
    expect(stops).toBeLessThanOrEqual(120);

    await atlas.press('Tab');
    const { label } = await atlas.focusedMapStop();
    await atlas.press('Enter');
    expect(await atlas.detailTitle()).toBe(label);
    expect(atlas.consoleErrors).toEqual([]);
  });
});
