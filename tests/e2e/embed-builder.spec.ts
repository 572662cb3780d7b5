import { describe, expect, it } from 'vitest';
import { openAtlas, openHostPage } from './driver';

const KERMAN = 'kerman-twin-blasts-2024';
const KERMAN_TITLE = /Twin bombings at the Soleimani memorial/;
/** The atlas and its preview load on two shared cores: conditions are polled, for up to this long. */
const eventually = { timeout: 45_000 };

/** A newsroom's blank page with nothing on it but what the editor pasted. */
const blankPage = (pasted: string) =>
  `<!doctype html><html lang="en"><title>An article</title><h1>An article</h1>${pasted}<p>The end.</p></html>`;

describe('an editor embedding the atlas from explore', () => {
  it('copies a snippet that, pasted into a page on another site, opens the same incident in the dark theme', async () => {
    const atlas = await openAtlas({ path: `?event=${KERMAN}`, clipboard: true });
    await atlas.expectDetailShows(KERMAN_TITLE);
    await atlas.waitForMapIdle();
    await atlas.openEmbedBuilder();
    await atlas.setEmbedOption('Dark');
    await atlas.setEmbedOption('The legend starts open');
    await expect.poll(async () => (await atlas.embedPreview()).src, eventually).toContain('theme=dark');
    const snippet = await atlas.copyEmbedSnippet('script');
    expect(snippet).toBe(await atlas.embedSnippet('script'));
    expect(snippet).toMatch(/<script async src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>$/);

    const host = await openHostPage({ html: () => blankPage(snippet) });
    await host.expectDetailShows(KERMAN_TITLE);
    await host.waitForFrameMap();
    expect(await host.frameTheme()).toBe('dark');
    expect(await host.frameLegendOpen()).toBe(true);
    // embed.js, pasted with it, keeps the frame as tall as the embed with its incident open.
    await expect.poll(() => host.frameMisfit(), eventually).toBe(0);
    expect(host.consoleErrors).toEqual([]);
  });

  it("copies a pym.js snippet that, pasted into a page using NPR's pym.js, shows the chosen incident as tall as it needs on a phone and a desktop", async () => {
    const atlas = await openAtlas({ path: `?event=${KERMAN}` });
    await atlas.expectDetailShows(KERMAN_TITLE);
    await atlas.waitForMapIdle();
    await atlas.openEmbedBuilder();
    await atlas.setEmbedOption('Dark');
    await expect
      .poll(async () => (await atlas.embedSnippet('pym')).includes('theme=dark'), eventually)
      .toBe(true);
    const snippet = await atlas.embedSnippet('pym');
    expect(snippet).toMatch(/<script async src="https:\/\/pym\.nprapps\.org\/pym\.v1\.min\.js"><\/script>$/);

    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 800 },
    ]) {
      const host = await openHostPage({ viewport, html: () => blankPage(snippet) });
      await host.expectDetailShows(KERMAN_TITLE);
      await host.waitForFrameMap();
      // pym.js's Parent made the frame: it names it in the frame's address.
      expect(new URL(await host.frameAddress()).searchParams.get('childId')).toMatch(/^pym-/);
      expect(await host.frameTheme()).toBe('dark');
      // The frame starts at the browser's 150 px and follows the embed's height, its open incident included.
      await expect.poll(() => host.frameMisfit(), eventually).toBe(0);
      expect(await host.frameHeight()).toBeGreaterThan(400);
      expect(host.consoleErrors).toEqual([]);
      await host.close();
    }
  });

  it('builds the frame alone for a chapter of the tour, at a fixed height, and the page opens that chapter', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.openEmbedBuilder();
    await atlas.setEmbedOption('A chapter of the tour');
    await atlas.selectEmbedOption('Chapter', /The Red Sea: why the lanes matter/);
    await atlas.setEmbedOption('A fixed map height');
    await atlas.setEmbedOption('Light');
    await atlas.setEmbedOption(/Readers can pan and zoom/, false);
    const snippet = await atlas.embedSnippet('frame');
    const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'));
    expect(src.pathname).toBe('/embed.html');
    expect(src.searchParams.get('chapter')).toBe('red-sea-shipping');
    expect(src.searchParams.get('height')).toBe('420');
    expect(src.searchParams.get('interactive')).toBe('0');
    expect(snippet).toMatch(/title="[^"]+: an interactive map"/);
    expect(snippet).toContain(
      'loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"',
    );

    const host = await openHostPage({ html: () => blankPage(snippet) });
    await host.waitForFrameMap();
    expect(new URL(await host.frameAddress()).searchParams.get('chapter')).toBe(
      src.searchParams.get('chapter'),
    );
    expect(await host.frameTheme()).toBe('light');
    expect(await host.frameMapHeight()).toBe(420);
  });

  it('previews the embed at 320, 600 and 900 px, each as tall as the embed says it is', async () => {
    const atlas = await openAtlas({ viewport: { width: 1280, height: 800 } });
    await atlas.waitForMapIdle();
    await atlas.openEmbedBuilder();
    for (const width of [320, 600, 900]) {
      await atlas.setEmbedOption(`${width} px`);
      await atlas.waitForEmbedPreviewMap();
      expect((await atlas.embedPreview()).width).toBe(width);
      await expect.poll(() => atlas.embedPreviewMisfit(), eventually).toBe(0);
    }
  });

  it('is a dialog that closes on Esc, gives focus back to its button, and keeps Tab inside', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.openEmbedBuilder();
    expect(await atlas.focusIsInEmbedBuilder()).toBe(true);
    await atlas.press('Escape');
    await atlas.waitForEmbedBuilderClosed();
    expect(await atlas.focusedName()).toBe('Embed');

    await atlas.openEmbedBuilder();
    let cameBack = false;
    let left = false;
    for (let press = 0; press < 60; press++) {
      await atlas.press('Tab');
      expect(await atlas.focusBehindEmbedBuilder()).toBeNull();
      const inside = await atlas.focusIsInEmbedBuilder();
      if (!inside) left = true;
      if (inside && left) cameBack = true;
    }
    // Tab went round: out to the browser's toolbar, never to the page behind, and back into the dialog.
    expect(cameBack).toBe(true);
  });

  it('closes on Esc pressed inside its live preview too, and gives focus back to its button', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    await atlas.openEmbedBuilder();
    await atlas.waitForEmbedPreviewMap();
    await atlas.focusInEmbedPreview();
    expect(await atlas.focusIsInEmbedBuilder()).toBe(true);
    await atlas.press('Escape');
    await atlas.waitForEmbedBuilderClosed();
    expect(await atlas.focusedName()).toBe('Embed');
  });

  it('has no axe violations, light or dark, on a desktop and a phone', async () => {
    for (const [colorScheme, viewport] of [
      ['light', { width: 1280, height: 800 }],
      ['dark', { width: 390, height: 844 }],
    ] as const) {
      const atlas = await openAtlas({ colorScheme, viewport });
      await atlas.waitForMapIdle();
      await atlas.openEmbedBuilder();
      await atlas.waitForEmbedPreviewMap();
      expect(await atlas.axeViolations({ within: 'dialog' })).toEqual([]);
      await atlas.close();
    }
  });
});

describe('an embed that only shows (interactive=0)', () => {
  it('neither pans on a drag nor zooms on Ctrl + wheel, yet its incidents open from the keyboard', async () => {
    const atlas = await openAtlas({
      path: 'embed.html?interactive=0',
      viewport: { width: 600, height: 800 },
    });
    await atlas.waitForMapIdle();
    const camera = await atlas.cameraText();
    await atlas.dragMap(-150, 80);
    await atlas.zoomMapWithWheel(-600);
    await atlas.zoomMapWithWheel(600);
    await atlas.waitForMapIdle();
    expect(await atlas.cameraText()).toBe(camera);

    await atlas.focusMap();
    let stop = { key: null as string | null, label: null as string | null };
    for (let press = 0; press < 80 && !stop.key?.startsWith('event:'); press++) {
      await atlas.press('Tab');
      stop = await atlas.focusedMapStop();
    }
    expect(stop.key).toMatch(/^event:/);
    await atlas.press('Enter');
    await expect.poll(() => atlas.detailTitle(), eventually).toBe(stop.label);
  });
});

describe('an embed whose link names a language (lang=)', () => {
  it('lays itself out in it, right to left for ar-XB, and carries it to the full map', async () => {
    const atlas = await openAtlas({ path: 'embed.html?lang=ar-XB', viewport: { width: 600, height: 800 } });
    await atlas.waitForMapIdle();
    expect(await atlas.pageLanguage()).toEqual({ lang: 'ar-XB', dir: 'rtl' });
    expect(new URL((await atlas.fullMapHref())!).searchParams.get('lang')).toBe('ar-XB');
  });
});
