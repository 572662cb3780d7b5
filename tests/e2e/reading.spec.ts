import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';

const PHONE = { width: 390, height: 844 };

describe('a reader reading incidents from the list', () => {
  for (const [name, viewport] of [
    ['a desktop', undefined],
    ['a phone', PHONE],
  ] as const) {
    it(`on ${name}, opens one from low in the list at its heading and comes back to the same place`, async () => {
      const atlas = await openAtlas({ viewport });
      await atlas.waitForMapIdle();
      if (viewport) await atlas.showMoreOfPanel();
      await atlas.openIncidentFromList(/Drone kills three US soldiers at Tower 22/);
      const offset = await atlas.incidentHeadingOffset();
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset).toBeLessThan(120);

      await atlas.closeIncident();
      // The list puts its scroll back once it is drawn again, a frame or two after the incident closes.
      await expect.poll(() => atlas.isRowInView(/Drone kills three US soldiers at Tower 22/)).toBe(true);
      expect(await atlas.panelScrollTop()).toBeGreaterThan(500);
    });
  }

  it('counts in words that agree with the number', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.search('Tower 22');
    await expect.poll(() => atlas.timelineSummary()).toMatch(/· 1 incident$/);
  });

  it('names the country once in the place line', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.openIncidentFromList(/Drones hit Al-Tanf garrison/);
    await expect(atlas.incidentFact('Where')).resolves.toMatch(
      /^Al-Tanf garrison, Homs\/Rif Dimashq, Syria(?!, Syria)/,
    );
  });
});
