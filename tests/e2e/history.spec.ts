import { describe, expect, it } from 'vitest';
import { openAtlas, type AtlasView } from './driver';

describe('a reader stepping back and forward through what they did', () => {
  it('walks five steps, then five Backs and five Forwards land on each view exactly, adding no history', async () => {
    const atlas = await openAtlas();
    await atlas.settle();
    const views: AtlasView[] = [await atlas.view()];
    const steps = [
      () => atlas.openIncidentFromList(/Twin bombings at the Soleimani memorial/),
      () => atlas.closeIncident(),
      () => atlas.toggleFilter('Red Sea shipping, 2023–24'),
      () => atlas.openIncidentFromList(/./),
      // Three quick key presses are one brush gesture, so one step.
      () => atlas.brushWithKeys('Window start', ['PageUp', 'PageUp', 'PageUp']),
    ];
    for (const step of steps) {
      await step();
      await atlas.settle();
      views.push(await atlas.view());
    }
    expect(new Set(views.map((view) => view.search)).size).toBe(6);
    expect(views[1]?.openIncident).toMatch(/Twin bombings/);
    expect(views[3]?.filters).toEqual(['Red Sea shipping, 2023–24']);
    expect(views[5]?.window).not.toBe(views[4]?.window);
    const length = await atlas.historyLength();

    for (let index = views.length - 2; index >= 0; index--) {
      await atlas.back();
      expect(await atlas.view()).toEqual(views[index]);
    }
    for (let index = 1; index < views.length; index++) {
      await atlas.forward();
      expect(await atlas.view()).toEqual(views[index]);
    }
    expect(await atlas.historyLength()).toBe(length);
    expect(atlas.consoleErrors).toEqual([]);
    // Sixteen views, each waiting for the map to come to rest on a software GPU.
  }, 240_000);
});
