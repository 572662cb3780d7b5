import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAtlas, type Atlas } from './driver';

/** Presses Tab, and only Tab, until the target has focus: the way a keyboard reader gets anywhere. */
async function tabTo(atlas: Atlas, target: Locator, limit = 250): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await atlas.page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      return presses;
  }
  throw new Error(`Tab never reached ${target.toString()} in ${limit} presses.`);
}

const focusedText = (atlas: Atlas) =>
  atlas.page.evaluate(() =>
    document.activeElement && document.activeElement !== document.body
      ? document.activeElement.textContent
      : null,
  );

describe('a reader using only the keyboard', () => {
  it('finds the Kerman bombing, reads its sources, filters to the Red Sea, plays the timeline and downloads', async () => {
    const atlas = await openAtlas();
    const { page } = atlas;
    await atlas.waitForMapIdle();

    // Find the Kerman event through the search box, then open it from the list.
    await tabTo(atlas, page.getByRole('searchbox', { name: /Search titles, places and groups/ }));
    await page.keyboard.type('Kerman');
    const row = page
      .locator('#event-list')
      .getByRole('button', { name: /Twin bombings at the Soleimani memorial/ });
    await row.waitFor();
    await tabTo(atlas, row);
    await page.keyboard.press('Enter');

    // The heading takes focus; the sources are the next links along.
    const detail = page.getByRole('article');
    await detail.waitFor();
    expect(await focusedText(atlas)).toBe('Twin bombings at the Soleimani memorial in Kerman');
    const sources = detail.getByRole('region', { name: 'Sources' }).getByRole('link');
    expect(await sources.count()).toBeGreaterThan(1);
    await tabTo(atlas, sources.first(), 40);
    expect(await sources.first().getAttribute('href')).toMatch(/^https:\/\//);
    expect(await focusedText(atlas)).toContain('(opens in a new tab)');

    // Esc closes it and puts focus back on the row.
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-event-id') === 'kerman-twin-blasts-2024',
    );

    // Clear the search, keep only the Red Sea thread.
    await tabTo(atlas, page.getByRole('button', { name: 'Reset filters' }));
    await page.keyboard.press('Enter');
    // The button disables itself; focus must not fall back to the top of the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('event-search');
    await tabTo(atlas, page.getByRole('checkbox', { name: /Red Sea shipping/ }), 10);
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: /Red Sea shipping/ }).isChecked()).toBe(true);
    // The list follows the filters a frame behind the map (a deferred render), so wait for it to settle.
    await page.waitForFunction(() => {
      const titles = [...document.querySelectorAll('#event-list .event-row__title')].map(
        (t) => t.textContent ?? '',
      );
      return titles.length > 5 && !titles.some((title) => /Soleimani memorial/.test(title));
    });

    // Play the timeline, then pause it.
    const play = page.getByRole('button', { name: /^Play$/ });
    await tabTo(atlas, play);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: /^Pause$/ }).waitFor();
    await page.waitForTimeout(1500);
    await page.keyboard.press('Enter');
    await play.waitFor();

    // Download what is shown, as CSV.
    const heading = await page.locator('#export-title').textContent();
    const shown = Number(/Download (\d+) incident/.exec(heading ?? '')?.[1]);
    expect(shown).toBeGreaterThan(0);
    await tabTo(atlas, page.getByRole('button', { name: 'CSV' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^flashpoint-atlas-\d{4}-\d{2}-\d{2}\.csv$/);
    const saved = join(tmpdir(), `keyboard-${Date.now()}.csv`);
    await download.saveAs(saved);
    const csv = await readFile(saved, 'utf8');
    await rm(saved);
    const records = csv
      .trim()
      .split(/\r?\n(?=[a-z0-9-]+,)/)
      .slice(1);
    expect(records.length).toBe(shown);
    expect(csv).toContain('red-sea');
    expect(atlas.consoleErrors).toEqual([]);
  });
});
