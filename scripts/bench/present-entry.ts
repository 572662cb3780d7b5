import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { ChapterView } from '../../src/data/chapter-schema';
import { CHAPTER_MOVE } from '../../src/app/present/chapter-move';
import { openTarget } from './open-target';
import { median, ratio, ratioInterval } from './stats';

export interface PresentEntryResult {
  runs: number;
  /** From the Present button to chapter 1's text revealed, which waits for its camera move to end. */
  appMs: number[];
  /** The same camera move (chapter 1's view, padding and duration) on the bare MapLibre page, to its end. */
  floorMs: number[];
  medianAppMs: number;
  medianFloorMs: number;
  ratio: number;
  ratioInterval: [number, number];
}

/** Chapter 1 of the bundled story, moved to as present mode moves it (padding, duration and speed: CHAPTER_MOVE). */
const firstView = (): ChapterView =>
  (JSON.parse(readFileSync('data/story.json', 'utf8')) as { chapters: { view: ChapterView }[] }).chapters[0]!
    .view;

async function enterPresentMode(browser: Browser, baseUrl: string): Promise<number> {
  const opened = await openTarget(browser, baseUrl, 'app');
  try {
    // A string, so that the bundler's helpers for named functions never reach the page.
    return await opened.page.evaluate<number>(`new Promise((resolve, reject) => {
      const button = [...document.querySelectorAll('header button')].find((b) => b.textContent.trim() === 'Present');
      if (!button) return reject(new Error('No Present button in the header.'));
      const started = performance.now();
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.chapter[data-settled="true"]')) return;
        observer.disconnect();
        resolve(performance.now() - started);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
      button.click();
    })`);
  } finally {
    await opened.close();
  }
}

async function floorMove(browser: Browser, baseUrl: string): Promise<number> {
  const opened = await openTarget(browser, baseUrl, 'floor');
  try {
    const view = firstView();
    const { padding, duration, speed } = CHAPTER_MOVE;
    let move: string;
    if ('bounds' in view)
      move = `map.fitBounds(${JSON.stringify(view.bounds)}, ${JSON.stringify({ padding, duration })})`;
    else {
      const { center, zoom, bearing = 0, pitch = 0 } = view;
      move = `map.flyTo(${JSON.stringify({ center, zoom, bearing, pitch, speed })})`;
    }
    // A string, as above.
    return await opened.page.evaluate<number>(`new Promise((resolve) => {
      const map = window.benchFloor.map;
      const started = performance.now();
      map.once('moveend', () => resolve(performance.now() - started));
      ${move};
    })`);
  } finally {
    await opened.close();
  }
}

/** Entering present mode from a loaded explore page, against the floor page making the same move; alternating. */
export async function measurePresentEntry(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<PresentEntryResult> {
  const appMs: number[] = [];
  const floorMs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const appFirst = run % 2 === 0;
    if (appFirst) appMs.push(await enterPresentMode(browser, baseUrl));
    floorMs.push(await floorMove(browser, baseUrl));
    if (!appFirst) appMs.push(await enterPresentMode(browser, baseUrl));
    process.stdout.write(
      `  present ${run + 1}/${runs}: app ${Math.round(appMs.at(-1)!)} ms, floor ${Math.round(floorMs.at(-1)!)} ms\n`,
    );
  }
  const medianAppMs = median(appMs);
  const medianFloorMs = median(floorMs);
  return {
    runs,
    appMs,
    floorMs,
    medianAppMs,
    medianFloorMs,
    ratio: ratio(medianAppMs, medianFloorMs),
    ratioInterval: ratioInterval(appMs, floorMs),
  };
}
