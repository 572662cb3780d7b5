import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Chapter } from '../../src/data/chapter-schema';
import { openAtlas, type Atlas, type OpenOptions } from './driver';

const { chapters } = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8')) as {
  chapters: Chapter[];
};

async function present(step: number, options: OpenOptions = {}): Promise<Atlas> {
  const atlas = await openAtlas({
    path: `?mode=present&step=${step}`,
    viewport: { width: 1920, height: 1080 },
    reducedMotion: 'reduce',
    ...options,
  });
  await atlas.waitForChapter(step);
  return atlas;
}

/** The camera rests on the chapter's view: its centre and zoom, or bounds the map shows whole. */
async function expectCameraOn(atlas: Atlas, chapter: Chapter): Promise<void> {
  const camera = await atlas.camera();
  const { view } = chapter;
  if ('bounds' in view) {
    const [west, south, east, north] = view.bounds;
    const slack = 0.05;
    expect(camera.bounds[0]).toBeLessThanOrEqual(west + slack);
    expect(camera.bounds[1]).toBeLessThanOrEqual(south + slack);
    expect(camera.bounds[2]).toBeGreaterThanOrEqual(east - slack);
    expect(camera.bounds[3]).toBeGreaterThanOrEqual(north - slack);
    // Centred on the view, unless the pan limits hold it back (the tour's widest views touch them).
    expect(Math.abs(camera.lon - (west + east) / 2)).toBeLessThan((east - west) * 0.1);
  } else {
    expect(camera.lon).toBeCloseTo(view.center[0], 1);
    expect(camera.lat).toBeCloseTo(view.center[1], 1);
    expect(camera.zoom).toBeCloseTo(view.zoom, 1);
  }
}

describe('a teacher presenting the tour to a class', () => {
  it('walks every chapter with a clicker (PageDown), and back with PageUp', async () => {
    const atlas = await present(1);
    for (const [index, chapter] of chapters.entries()) {
      const step = index + 1;
      await atlas.waitForChapter(step);
      const shown = await atlas.chapter();
      expect(shown.count).toBe(`Chapter ${step} of ${chapters.length}`);
      expect(shown.title).toBe(chapter.title);
      expect(shown.body).toBe(chapter.body);
      await expectCameraOn(atlas, chapter);
      await expect.poll(() => atlas.highlightedIncidents()).toEqual([...chapter.highlight.events].sort());
      // A chapter frames its own view: the map offers no "show all matching" over it.
      expect(await atlas.mapHint()).toEqual({ message: '', button: null });
      expect(atlas.url().searchParams.get('step')).toBe(String(step));
      if (step < chapters.length) await atlas.press('PageDown');
    }
    await atlas.press('PageUp');
    await atlas.waitForChapter(chapters.length - 1);
    expect((await atlas.chapter()).title).toBe(chapters.at(-2)!.title);
    expect(atlas.consoleErrors).toEqual([]);
    // Thirteen chapters, each waiting for its map to be drawn in full: a whole lesson, not one step.
  }, 180_000);

  it('flies to the next chapter and shows its text once the camera has settled', async () => {
    const atlas = await present(2, { reducedMotion: 'no-preference' });
    await atlas.press('PageDown');
    await atlas.waitForChapter(3);
    await expectCameraOn(atlas, chapters[2]!);
  });

  it('blanks the screen with B, brings it back with any key, jumps with 7 Enter, restarts with F5', async () => {
    const atlas = await present(4);
    await atlas.press('b');
    await expect.poll(() => atlas.blankScreen()).toBe('black');
    await atlas.press('PageDown');
    await expect.poll(() => atlas.blankScreen()).toBe(null);
    expect((await atlas.chapter()).count).toBe(`Chapter 4 of ${chapters.length}`);
    await atlas.press('w');
    await expect.poll(() => atlas.blankScreen()).toBe('white');
    await atlas.press('x');
    await expect.poll(() => atlas.blankScreen()).toBe(null);

    await atlas.type('7');
    await atlas.press('Enter');
    await atlas.waitForChapter(7);
    await expectCameraOn(atlas, chapters[6]!);
    await atlas.screenshot('present-chapter-7');

    await atlas.press('Shift+F5');
    await atlas.waitForChapter(7);
    await atlas.press('F5');
    await atlas.waitForChapter(1);
    expect((await atlas.chapter()).title).toBe(chapters[0]!.title);
  });

  it('goes fullscreen with F and back; Esc leaves fullscreen first, then the mode', async () => {
    const atlas = await present(2);
    await atlas.press('f');
    await expect.poll(() => atlas.isFullscreen()).toBe(true);
    await atlas.press('f');
    await expect.poll(() => atlas.isFullscreen()).toBe(false);

    await atlas.press('f');
    await expect.poll(() => atlas.isFullscreen()).toBe(true);
    await atlas.press('Escape');
    await expect.poll(() => atlas.isFullscreen()).toBe(false);
    expect(await atlas.isPresenting()).toBe(true);
    await atlas.press('Escape');
    await expect.poll(() => atlas.isPresenting()).toBe(false);
    await atlas.waitForList();
  });

  it('turns the page with a swipe on a touch screen', async () => {
    const atlas = await present(2, { touch: true, viewport: { width: 1024, height: 768 } });
    await atlas.swipeChapter('left');
    await atlas.waitForChapter(3);
    await atlas.swipeChapter('right');
    await atlas.waitForChapter(2);
  });

  it('says the presenter view is unavailable in a browser without BroadcastChannel', async () => {
    const atlas = await present(1, { broadcastChannel: false });
    expect(await atlas.presenterViewButton()).toEqual({
      name: 'Presenter view unavailable in this browser',
      enabled: false,
    });
    await atlas.press('PageDown');
    await atlas.waitForChapter(2);
  });

  it('lands on the chapter a link names, and Back walks back through the chapters', async () => {
    const atlas = await present(5);
    await atlas.press('ArrowRight');
    await atlas.waitForChapter(6);
    await atlas.goBack();
    await atlas.waitForChapter(5);
    expect(atlas.url().searchParams.get('step')).toBe('5');
  });

  it('keeps the presenter view in step both ways, and each window works when the other closes', async () => {
    const atlas = await present(3);
    const presenter = await atlas.openPresenterView();
    await presenter.waitForChapter(3);
    expect(await presenter.shows()).toMatchObject({ title: chapters[2]!.title, notes: chapters[2]!.notes });
    expect((await presenter.shows()).next).toContain(chapters[3]!.title);

    await atlas.press('PageDown');
    await presenter.waitForChapter(4);
    await presenter.next();
    await atlas.waitForChapter(5);

    await presenter.closeWindow();
    await atlas.press('PageDown');
    await atlas.waitForChapter(6);
  });

  it('prints a handout from a 4:3 projector on A4 and US Letter: a page per chapter with a landscape map, then the answers, and no blank page', async () => {
    const atlas = await present(1, { viewport: { width: 1024, height: 768 } });
    await atlas.printHandout();
    expect(await atlas.blankHandoutPictures()).toEqual([]);
    for (const shape of await atlas.handoutPictureShapes()) expect(shape).toBeGreaterThan(1.4);
    for (const format of ['A4', 'Letter'] as const) {
      const handout = await atlas.handoutPdf(format);
      expect(handout.pages, format).toBe(chapters.length + 1);
      expect(handout.text).toHaveLength(chapters.length + 1);
      for (const [index, chapter] of chapters.entries()) {
        expect(handout.text[index]).toContain(`Chapter ${index + 1} of ${chapters.length}`);
        expect(handout.text[index]).toContain(chapter.title);
        expect(handout.text[index]).toContain(`step=${index + 1}`);
      }
      expect(handout.text.at(-1)).toContain('Answers for the teacher');
    }
    await atlas.screenshot('present-after-handout');
  }, 240_000);
});
