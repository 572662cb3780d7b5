import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openHostPage } from './driver';

/** The atlas loads on two shared cores: conditions are polled, for up to this long. */
const eventually = { timeout: 45_000 };

/** Each chapter's view as the story file gives it: a box the camera ends inside, or a centre and zoom. */
const VIEWS = {
  baghdad: { center: [44.3, 33.3], zoom: 6.5 },
  funerals: { bounds: [43, 29, 58.5, 36.5] },
  december: { bounds: [40, 32.6, 45.4, 36.2] },
  redSea: { bounds: [32, 11, 47, 31] },
  kerman: { center: [57.07, 30.28], zoom: 7 },
} as const;

type View = (typeof VIEWS)[keyof typeof VIEWS];
type Camera = { zoom: number; lat: number; lon: number } | null;

/** Whether a camera at rest shows the chapter's view: on its centre and zoom, or centred inside its box. */
const shows = (view: View) => (camera: Camera) => {
  if (!camera) return false;
  if ('center' in view)
    return (
      Math.abs(camera.lon - view.center[0]) < 0.01 &&
      Math.abs(camera.lat - view.center[1]) < 0.01 &&
      Math.abs(camera.zoom - view.zoom) < 0.01
    );
  const [west, south, east, north] = view.bounds;
  return camera.lon > west && camera.lon < east && camera.lat > south && camera.lat < north;
};

const article = (src: string) =>
  `<!doctype html><html lang="en"><title>A newsroom article</title><h1>An article</h1>` +
  `<iframe title="Map of the story" src="${src}" style="width:900px;height:700px;border:0"></iframe>`;

describe('the tour inside an embed', () => {
  it('opens on the chapter the link names, and its Previous and Next change the chapter and the map', async () => {
    const host = await openHostPage({
      html: (base, origin) =>
        article(
          `${base}embed.html?chapter=baghdad-airport-strike&id=tour&host=${encodeURIComponent(origin)}`,
        ),
    });
    const historyBefore = await host.historyLength();
    await host.waitForFrameMap();
    await expect
      .poll(() => host.frameChapter(), eventually)
      .toBe('3 January 2020: the strike at Baghdad airport');
    await expect
      .poll(async () => shows(VIEWS.baghdad)(await host.frameCameraAtRest()), eventually)
      .toBe(true);
    expect(await host.frameFocus()).toBe('BODY');

    await host.stepInFrame('Next');
    await expect.poll(() => host.frameChapter(), eventually).toBe('Funerals, and a crush in Kerman');
    await expect
      .poll(async () => shows(VIEWS.funerals)(await host.frameCameraAtRest()), eventually)
      .toBe(true);
    await expect
      .poll(() => host.messages(), eventually)
      .toContainEqual({
        atlas: 1,
        id: 'tour',
        event: 'chapter-changed',
        chapter: 'funerals-and-the-kerman-crush',
        index: 3,
      });

    await host.stepInFrame('Previous');
    await host.stepInFrame('Previous');
    await expect
      .poll(() => host.frameChapter(), eventually)
      .toBe('December 2019: rockets, air strikes, an embassy');
    await expect
      .poll(async () => shows(VIEWS.december)(await host.frameCameraAtRest()), eventually)
      .toBe(true);
    expect(await host.historyLength()).toBe(historyBefore);
    expect(host.consoleErrors).toEqual([]);
  });
});

describe('the control API and the chapters', () => {
  it('lists the chapters in ready, moves to a chapter on go-to-chapter and says so, and ignores an unknown one', async () => {
    const host = await openHostPage({
      html: (base, origin) => article(`${base}embed.html?id=story-map&host=${encodeURIComponent(origin)}`),
    });
    await expect
      .poll(() => host.messages(), eventually)
      .toContainEqual(
        expect.objectContaining({
          event: 'ready',
          chapters: expect.arrayContaining([
            'baghdad-airport-strike',
            'red-sea-shipping',
            'kerman-bombings-2024',
          ]) as string[],
        }),
      );
    await host.waitForFrameMap();

    await host.post({ atlas: 1, command: 'go-to-chapter', chapter: 'no-such-chapter' });
    await host.post({ atlas: 1, command: 'go-to-chapter', chapter: 'red-sea-shipping' });
    await expect
      .poll(() => host.messages(), eventually)
      .toContainEqual({
        atlas: 1,
        id: 'story-map',
        event: 'chapter-changed',
        chapter: 'red-sea-shipping',
        index: 7,
      });
    await expect.poll(async () => shows(VIEWS.redSea)(await host.frameCameraAtRest()), eventually).toBe(true);
    // A plain embed shows no stepper: the article's own words tell the chapter.
    expect(await host.frameChapter()).toBeNull();
    const changes = (await host.messages()).filter(
      (message) => (message as { event?: string }).event === 'chapter-changed',
    );
    expect(changes).toHaveLength(1);
    expect(host.consoleErrors).toEqual([]);
  });
});

const DEMO = readFileSync(new URL('../../docs/scrollytelling-demo.html', import.meta.url), 'utf8');
/** Where the demo expects the atlas (npm start); the test's atlas is elsewhere. */
const DEMO_ATLAS = 'http://localhost:4173/';

describe.each([
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
])('the scrollytelling demo article on a $name screen', ({ name, viewport }) => {
  it('puts the map on the chapter of the paragraph scrolled to, and keeps it in view', async () => {
    const host = await openHostPage({ viewport, html: (base) => DEMO.replaceAll(DEMO_ATLAS, base) });
    await expect
      .poll(() => host.messages(), eventually)
      .toContainEqual(expect.objectContaining({ event: 'ready', id: 'baghdad-to-kerman' }));
    await host.waitForFrameMap();

    await host.scrollToStep('red-sea-shipping');
    await expect
      .poll(() => host.messages(), eventually)
      .toContainEqual(expect.objectContaining({ event: 'chapter-changed', chapter: 'red-sea-shipping' }));
    await expect.poll(async () => shows(VIEWS.redSea)(await host.frameCameraAtRest()), eventually).toBe(true);
    const kept = await host.frameInWindow();
    expect(kept.top).toBeGreaterThanOrEqual(0);
    expect(kept.top).toBeLessThan(kept.window / 2);
    await host.screenshot(`scrollytelling-${name}`);

    await host.scrollToStep('kerman-bombings-2024');
    await expect
      .poll(() => host.messages(), eventually)
      .toContainEqual(expect.objectContaining({ event: 'chapter-changed', chapter: 'kerman-bombings-2024' }));
    await expect.poll(async () => shows(VIEWS.kerman)(await host.frameCameraAtRest()), eventually).toBe(true);
    expect(host.consoleErrors).toEqual([]);
  });
});
