import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';
import { LAYER } from '../../src/map/layers/ids';

/** The story's anchors as the places file names them (story.json `anchors.places`). */
const ANCHORS = [
  'Kerman',
  'Baghdad International Airport',
  'Bab el-Mandeb',
  'K-1 Air Base (Kirkuk)',
  'Al Asad Airbase (Ain al-Asad)',
  'Erbil Air Base (Erbil International Airport)',
  'Tower 22 (Jordan)',
];

describe('a reader finds the places the story is about', () => {
  it('sees every anchor named at the opening view, as a pin of its own and not an incident', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await expect.poll(() => atlas.namesDrawn(LAYER.anchorNames)).toEqual(expect.arrayContaining(ANCHORS));
    const placesNamedTwice = (await atlas.namesDrawn(LAYER.places)).filter((name) => ANCHORS.includes(name));
    expect(placesNamedTwice).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('sees them on a phone too', async () => {
    const atlas = await openAtlas({ viewport: { width: 390, height: 844 } });
    await atlas.waitForMapIdle();
    await expect.poll(() => atlas.namesDrawn(LAYER.anchorNames)).toEqual(expect.arrayContaining(ANCHORS));
  });

  it('reads the seas by name where they fit, in italic water labels', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    expect(await atlas.namesDrawn(LAYER.seaLabels)).toContain('Arabian Sea');
    await atlas.jumpTo({ zoom: 5, lat: 25, lon: 52 });
    await expect
      .poll(() => atlas.namesDrawn(LAYER.seaLabels))
      .toEqual(expect.arrayContaining(['Persian Gulf', 'Gulf of Oman']));
    await atlas.jumpTo({ zoom: 5, lat: 15, lon: 44 });
    await expect
      .poll(() => atlas.namesDrawn(LAYER.seaLabels))
      .toEqual(expect.arrayContaining(['Red Sea', 'Gulf of Aden']));
    expect(await atlas.layoutProperty(LAYER.seaLabels, 'text-font')).toEqual([
      'Vazirmatn Italic',
      'Vazirmatn',
    ]);
  });

  it('meets more cities as they zoom in, and GeoNames is credited', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const atOpening = await atlas.namesDrawn(LAYER.cityLabels);
    expect(atOpening.length).toBeLessThanOrEqual(8);
    await atlas.jumpTo({ zoom: 7, lat: 33.3, lon: 44.3 });
    await expect.poll(async () => (await atlas.namesDrawn(LAYER.cityLabels)).length).toBeGreaterThan(3);
    expect(await atlas.attributionLinkCount('GeoNames')).toBe(1);
  });
});
