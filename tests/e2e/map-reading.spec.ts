import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';
import { LAYER, type LayerId } from '../../src/map/layers/ids';

const CAMPAIGN = 'us-forces-iraq-syria-attack-count-2023';
const PHONE = { width: 390, height: 844 };

describe('a first-time reader decoding the map', () => {
  it('reads the legend on the map at 1280×800 without scrolling, and folds it away', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    expect(await atlas.isLegendOpen()).toBe(true);
    await expect
      .poll(async () => (await atlas.legendInSight()).entries)
      .toContain('Shaded circle: the place is approximate');
    const legend = await atlas.legendInSight();
    expect(legend).toMatchObject({ allInSight: true, toggleInSight: true, pageScrolled: false });
    expect(legend.entries).toEqual(
      expect.arrayContaining([
        'Numbered circle: incidents close together; select to zoom in',
        'Dashed outline: a region-wide record, not one place',
        'Dashed line: main shipping lane',
        'Pin: a place at the heart of the story',
      ]),
    );
    await atlas.toggleLegend();
    expect(await atlas.isLegendOpen()).toBe(false);
    expect((await atlas.legendInSight()).entries).toEqual([]);
    expect(await atlas.axeViolations()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('finds the legend one tap away on a phone, folded until then', async () => {
    const atlas = await openAtlas({ viewport: PHONE });
    await atlas.waitForMapIdle();
    expect(await atlas.isLegendOpen()).toBe(false);
    expect((await atlas.legendInSight()).toggleInSight).toBe(true);
    await atlas.toggleLegend();
    await expect.poll(async () => (await atlas.legendInSight()).allInSight).toBe(true);
    expect((await atlas.legendInSight()).pageScrolled).toBe(false);
    expect(await atlas.axeViolations()).toEqual([]);
  });

  it('sees the campaign-wide record outlined as an area, with no halo, and its detail says so', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const ids = async (layer: LayerId) => (await atlas.renderedFeatures(layer)).map((feature) => feature.id);
    expect(await ids(LAYER.regionOutlines)).toContain(CAMPAIGN);
    expect(await ids(LAYER.eventHalos)).not.toContain(CAMPAIGN);
    // Narrower places keep their halo.
    expect((await ids(LAYER.eventHalos)).length).toBeGreaterThan(0);

    await atlas.goTo(`?event=${CAMPAIGN}`);
    await atlas.waitForDetail();
    expect(await atlas.detailText()).toContain('Region-wide record');
  });

  it('is told that a Houthi search has nothing in view near Kerman, and one button frames the matches', async () => {
    const atlas = await openAtlas({ path: '?map=8/30.28/57.08' });
    await atlas.waitForMapIdle();
    expect(await atlas.mapHint()).toEqual({ message: '', button: null });
    await atlas.search('Houthi');
    await expect
      .poll(async () => (await atlas.mapHint()).message)
      .toMatch(/^All \d+ matching incidents are out of view\.$/);
    expect((await atlas.mapHint()).button).toBe('Show them');

    await atlas.frameMatches();
    await atlas.waitForMapIdle();
    await expect
      .poll(() => atlas.mapHint())
      .toEqual({
        message: '',
        button: expect.stringMatching(/^Show all \d+ matching$/) as string,
      });
    const drawn = await atlas.renderedFeatures(LAYER.eventPoints);
    expect(drawn.length).toBeGreaterThan(5);
    expect(new Set(drawn.map((feature) => feature.thread))).toContain('red-sea');
    // The open legend covers none of what was framed.
    expect(await atlas.isLegendOpen()).toBe(true);
    expect(await atlas.pointsUnderLegend(LAYER.eventPoints)).toBe(0);
    expect(await atlas.axeViolations()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('hovers an incident’s symbol and reads its title, date and kind beside it, gone on leave; focus and Esc do the same', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const [first] = await atlas.renderedFeatures(LAYER.eventPointsClustered);
    const id = String(first?.id);
    const symbol = await atlas.eventPixel(id);
    if (!symbol) throw new Error('No incident is drawn as itself in the opening view.');
    await atlas.hoverMapAt(symbol);
    await expect.poll(async () => (await atlas.hoverLabel())?.text).toContain(String(first?.title));

    const label = await atlas.hoverLabel();
    if (!label) throw new Error('The hover label went away.');
    const { box, map } = label;
    const symbolOnPage = { x: map.left + symbol.x, y: map.top + symbol.y };
    const clearOfSymbol =
      symbolOnPage.y < box.top - 8 ||
      symbolOnPage.y > box.bottom + 8 ||
      symbolOnPage.x < box.left ||
      symbolOnPage.x > box.right;
    expect(clearOfSymbol).toBe(true);
    expect(box.left).toBeGreaterThanOrEqual(map.left);
    expect(box.right).toBeLessThanOrEqual(map.right);
    expect(box.top).toBeGreaterThanOrEqual(map.top);
    expect(box.bottom).toBeLessThanOrEqual(map.bottom);
    expect(label.passesPointer).toBe(true);
    expect(label.text.split('\n')).toHaveLength(3);

    await atlas.movePointerAway();
    await expect.poll(() => atlas.hoverLabel()).toBeNull();

    await atlas.focusMapStop(`event:${id}`);
    await expect.poll(async () => (await atlas.hoverLabel())?.text).toContain(String(first?.title));
    await atlas.press('Escape');
    await expect.poll(() => atlas.hoverLabel()).toBeNull();
    expect(await atlas.axeViolations()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });
});
