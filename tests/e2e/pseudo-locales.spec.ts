import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';

const SCREENS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
];

/** Where English puts each part: the panel beside the map on the right, the title at the start of the header. */
const LEFT_TO_RIGHT = { title: 'left', headerControls: 'right', transport: 'left', mapControls: 'right' };
/** Right to left, everything but the map mirrors: the map's controls stay where MapLibre puts them. */
const RIGHT_TO_LEFT = { title: 'right', headerControls: 'left', transport: 'right', mapControls: 'right' };

async function openExplore(lang: string, viewport: { width: number; height: number }) {
  const atlas = await openAtlas({ path: `?lang=${lang}`, viewport });
  await atlas.waitForMapIdle();
  await atlas.waitForList();
  return atlas;
}

describe.each(SCREENS)('explore in a pseudo-locale, on a $name screen', ({ name, viewport }) => {
  it('speaks accented, longer en-XA only through the catalogue, with no text cut off or drawn over text', async () => {
    const atlas = await openExplore('en-XA', viewport);
    await atlas.screenshot(`pseudo-en-XA-${name}`);
    expect(await atlas.untranslatedText()).toEqual([]);
    expect(await atlas.clippedText()).toEqual([]);
    expect(await atlas.layoutSides()).toMatchObject(LEFT_TO_RIGHT);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('lays ar-XB out right to left: only catalogue words, nothing cut off, the layout mirrored but not the map', async () => {
    const atlas = await openExplore('ar-XB', viewport);
    await atlas.screenshot(`pseudo-ar-XB-${name}`);
    expect(await atlas.untranslatedText()).toEqual([]);
    expect(await atlas.clippedText()).toEqual([]);
    const sides = await atlas.layoutSides();
    expect(sides).toMatchObject(RIGHT_TO_LEFT);
    if (name === 'desktop') expect(sides.panel).toBe('left');
    expect(atlas.consoleErrors).toEqual([]);
  });
});

describe('explore in English, what the pseudo-locales are measured against', () => {
  it('puts the panel on the right and the title at the left, and its plain words are found (the story’s are not)', async () => {
    const atlas = await openExplore('en', SCREENS[0]!.viewport);
    expect(await atlas.layoutSides()).toMatchObject({ ...LEFT_TO_RIGHT, panel: 'right' });
    const plain = await atlas.untranslatedText();
    expect(plain).toEqual(expect.arrayContaining([expect.stringContaining('"Filters"')]));
    // The story's title and its intro are the dataset's own text.
    expect(plain.filter((word) => /Flashpoint Atlas|Four years apart/.test(word))).toEqual([]);
    expect(await atlas.clippedText()).toEqual([]);
  });
});
