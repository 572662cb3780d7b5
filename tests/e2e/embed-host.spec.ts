import { describe, expect, it } from 'vitest';
import { CATEGORIES, THREADS } from '../../src/data/vocabulary';
import { formatCamera, parseUrlState } from '../../src/lib/url-state';
import { MODES } from '../../src/store/view-slice';
import { openAtlas, openHostPage } from './driver';

const KERMAN = 'kerman-twin-blasts-2024';
const KERMAN_TITLE = /Twin bombings at the Soleimani memorial/;
/** The atlas loads on two shared cores: conditions are polled, for up to this long. */
const eventually = { timeout: 45_000 };

const paragraphs = (count: number) =>
  Array.from({ length: count }, (_, i) => `<p>Paragraph ${i + 1} of the reporting around the map.</p>`).join(
    '',
  );

const article = (body: string) =>
  `<!doctype html><html lang="en"><title>A newsroom article</title>` +
  `<style>body { font: 18px/1.6 serif; margin: 0 auto; max-width: 960px; } p { margin: 1.5em 0; }</style>` +
  `<h1>An article</h1>${body}</html>`;

describe('the embed in a newsroom article on another origin', () => {
  it("follows pym.js's real Parent at 320, 600 and 900 px, and tells AMP and Datawrapper listeners its height", async () => {
    const widths = [320, 600, 900] as const;
    const host = await openHostPage({
      viewport: { width: 1000, height: 900 },
      html: (base) =>
        article(
          `<script src="/pym.v1.min.js"></script>` +
            widths.map((width) => `<div id="c${width}" style="width:${width}px"></div>`).join('') +
            `<script>for (const width of [${widths.join(',')}]) ` +
            `new pym.Parent('c' + width, '${base}embed.html?interactive=0', { title: 'Map of the story' });</script>`,
        ),
    });
    const heights: number[] = [];
    for (const width of widths) {
      const frame = `#c${width} iframe`;
      await host.waitForFrameMap(frame);
      await expect.poll(() => host.frameMisfit(frame), eventually).toBe(0);
      const content = await host.contentHeight(frame);
      heights.push(content);
      await expect
        .poll(() => host.messages(), eventually)
        .toContainEqual({ sentinel: 'amp', type: 'embed-size', height: content });
      await expect
        .poll(() => host.messages(), eventually)
        .toContainEqual({ 'datawrapper-height': { [`c${width}`]: content } });
    }
    // Narrow and wide frames lay the embed out differently (the map's aspect ratio, the list beside it).
    expect(new Set(heights).size).toBe(3);
    expect(host.consoleErrors).toEqual([]);
  });

  it('keeps an open incident card to a bounded height that scrolls, at 320, 600 and 900 px, the frame still following', async () => {
    const widths = [320, 600, 900] as const;
    const host = await openHostPage({
      viewport: { width: 1000, height: 900 },
      html: (base) =>
        article(
          widths
            .map(
              (width) =>
                `<iframe id="f${width}" title="Map of the story" src="${base}embed.html?event=${KERMAN}" ` +
                `style="width:${width}px;height:300px;border:0"></iframe>`,
            )
            .join('') + `<script src="${base}embed.js" async></script>`,
        ),
    });
    for (const width of widths) {
      const frame = `#f${width}`;
      await host.expectDetailShows(KERMAN_TITLE, frame);
      await host.waitForFrameMap(frame);
      await expect.poll(() => host.frameMisfit(frame), eventually).toBe(0);
      const card = await host.frameCard(frame);
      // 20rem: the incident's sources and notes scroll inside the card instead of lengthening the article.
      expect(card.shown).toBeLessThanOrEqual(320);
      expect(card.content).toBeGreaterThan(card.shown);
      expect(await host.frameHeight(frame)).toBeLessThan((await host.frameMapHeight(frame)) + 320 + 160);
    }
  });

  it('lets a wheel over the map scroll the article, and opening and closing incidents adds no history', async () => {
    const host = await openHostPage({
      html: (base) =>
        article(
          paragraphs(1) +
            `<iframe title="Map of the story" src="${base}embed.html?id=story" style="width:900px;height:400px;border:0"></iframe>` +
            `<script src="${base}embed.js" async></script>` +
            paragraphs(30),
        ),
    });
    await host.waitForFrameMap();
    await expect.poll(() => host.frameMisfit(), eventually).toBe(0);
    const camera = await host.frameCamera();
    const scrolled = await host.pageScrollY();

    await host.wheelOverFrameMap(400);
    await expect.poll(() => host.pageScrollY(), eventually).toBeGreaterThan(scrolled);
    expect(await host.frameCamera()).toBe(camera);

    const entries = await host.historyLength();
    await host.openIncidentInFrame(KERMAN_TITLE);
    // The open card makes the embed taller; embed.js follows.
    await expect.poll(() => host.frameMisfit(), eventually).toBe(0);
    await host.closeIncidentInFrame();
    expect(await host.historyLength()).toBe(entries);
    expect(host.consoleErrors).toEqual([]);
    // embed.js never writes to a frame whose page has not arrived yet, which the host's console would report.
    expect(host.consoleWarnings.filter((warning) => /postMessage/.test(warning))).toEqual([]);
  });

  it('opens the full map in a new tab on what the reader did in the frame: the incident, the filter and where they panned', async () => {
    const host = await openHostPage({
      html: (base) =>
        article(
          `<iframe title="Map of the story" src="${base}embed.html?thread=kerman-2024" ` +
            `style="width:900px;height:400px;border:0"></iframe><script src="${base}embed.js" async></script>`,
        ),
    });
    await host.waitForFrameMap();
    await host.openIncidentInFrame(KERMAN_TITLE);
    await expect.poll(() => host.frameCameraAtRest(), eventually).not.toBeNull();
    const onIncident = await host.frameCameraAtRest();
    await host.dragFrameMap(-160, 90);
    await expect
      .poll(async () => {
        const camera = await host.frameCameraAtRest();
        return camera && formatCamera(camera) !== formatCamera(onIncident!);
      }, eventually)
      .toBe(true);
    const panned = formatCamera((await host.frameCameraAtRest())!);

    const link = new URL((await host.frameFullMapHref())!);
    const linked = parseUrlState(link.search, { categories: CATEGORIES, threads: THREADS, modes: MODES });
    expect(linked.event).toBe(KERMAN);
    expect(linked.threads).toEqual(['kerman-2024']);
    expect(linked.camera && formatCamera(linked.camera)).toBe(panned);

    const fullMap = await host.openFullMapFromFrame();
    await fullMap.expectDetailShows(KERMAN_TITLE);
    await fullMap.waitForMapIdle();
    const view = await fullMap.view();
    expect(view.camera).toBe(panned);
    expect(new URL(fullMap.url()).searchParams.get('thread')).toBe('kerman-2024');
  });

  const sandboxed = (sandbox: string) => (base: string) =>
    article(
      `<iframe title="Map of the story" sandbox="${sandbox}" src="${base}embed.html?event=${KERMAN}" ` +
        `style="width:600px;height:300px;border:0"></iframe><script src="${base}embed.js" async></script>`,
    );

  it('works in a frame sandboxed with allow-scripts allow-same-origin allow-popups, sized by embed.js', async () => {
    const host = await openHostPage({ html: sandboxed('allow-scripts allow-same-origin allow-popups') });
    await host.expectDetailShows(KERMAN_TITLE);
    await host.waitForFrameMap();
    await expect.poll(() => host.frameMisfit(), eventually).toBe(0);
    expect(host.consoleErrors).toEqual([]);
  });

  it('still shows the static map and the incident in a sandbox without allow-same-origin', async () => {
    // An opaque origin cannot start MapLibre's module worker under the CSP (worker-src 'self' blob:).
    const host = await openHostPage({ html: sandboxed('allow-scripts allow-popups') });
    await host.expectDetailShows(KERMAN_TITLE);
    await host.waitForFrameStaticMap();
    await expect.poll(() => host.frameMisfit(), eventually).toBe(0);
  });

  it("leaves nothing behind in the reader's browser: no storage, databases, cookies or service worker", async () => {
    const atlas = await openAtlas({ path: 'embed.html?legend=open', serviceWorkers: true });
    await atlas.waitForMapIdle();
    await atlas.openIncident(KERMAN_TITLE);
    await atlas.backToAllIncidents();
    await atlas.waitForDetailClosed();
    await atlas.waitForNetworkQuiet();
    expect(await atlas.leftBehind()).toEqual({ storage: 0, databases: 0, cookies: 0, workers: 0 });
  });

  it('takes its preset from the link: its map height, the dark theme and the legend open', async () => {
    const host = await openHostPage({
      html: (base) =>
        article(
          `<iframe title="Map of the story" src="${base}embed.html?height=360&theme=dark&legend=open" ` +
            `style="width:600px;height:300px;border:0"></iframe><script src="${base}embed.js" async></script>`,
        ),
    });
    await host.waitForFrameMap();
    expect(await host.frameTheme()).toBe('dark');
    expect(await host.frameLegendOpen()).toBe(true);
    // Without height= a 600 px frame's map is 432 px (its aspect ratio); the frame follows either way.
    expect(await host.frameMapHeight()).toBe(360);
    await expect.poll(() => host.frameMisfit(), eventually).toBe(0);
  });
});
