import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';

const KERMAN = /Twin bombings at the Soleimani memorial/;
const RED_SEA = /Red Sea shipping/;

describe('a reader using only the keyboard', () => {
  it('finds the Kerman bombing, reads its sources, filters to the Red Sea, plays the timeline and downloads', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();

    // Find the Kerman event through the search box, then open it from the list.
    await atlas.tabTo({ role: 'searchbox', name: /Search titles, places and groups/ });
    await atlas.type('Kerman');
    const row = { role: 'button', name: KERMAN, in: 'list' } as const;
    await atlas.waitFor(row);
    await atlas.tabTo(row);
    await atlas.press('Enter');

    // The heading takes focus; the sources are the next links along.
    await atlas.waitForDetail();
    expect(await atlas.focusedText()).toBe('Twin bombings at the Soleimani memorial in Kerman');
    expect(await atlas.sourceLinkCount()).toBeGreaterThan(1);
    await atlas.tabTo({ role: 'link', in: 'sources' }, 40);
    expect(await atlas.firstSourceHref()).toMatch(/^https:\/\//);
    expect(await atlas.focusedText()).toContain('(opens in a new tab)');

    // Esc closes it and puts focus back on the row.
    await atlas.press('Escape');
    await atlas.waitForDetailClosed();
    await atlas.waitForFocusOnRow('kerman-twin-blasts-2024');

    // Clear the search, keep only the Red Sea thread.
    await atlas.tabTo({ role: 'button', name: 'Reset filters' });
    await atlas.press('Enter');
    // The button disables itself; focus must not fall back to the top of the page.
    expect(await atlas.focusedId()).toBe('event-search');
    await atlas.tabTo({ role: 'checkbox', name: RED_SEA }, 10);
    await atlas.press('Space');
    expect(await atlas.isChecked(RED_SEA)).toBe(true);
    // The list follows the filters a frame behind the map (a deferred render), so wait for it to settle.
    await expect
      .poll(async () => {
        const titles = await atlas.rowTitles();
        return titles.length > 5 && !titles.some((title) => /Soleimani memorial/.test(title));
      })
      .toBe(true);

    // Play the timeline, let it move on, then pause it.
    const play = { role: 'button', name: /^Play$/ } as const;
    await atlas.tabTo(play);
    await atlas.press('Enter');
    await atlas.waitFor({ role: 'button', name: /^Pause$/ });
    await atlas.waitForPlaybackToAdvance();
    await atlas.press('Enter');
    await atlas.waitFor(play);

    // Download what is shown, as CSV.
    const shown = await atlas.exportCount();
    expect(shown).toBeGreaterThan(0);
    await atlas.tabTo({ role: 'button', name: 'CSV' });
    const download = await atlas.download(() => atlas.press('Enter'));
    expect(download.name).toMatch(/^flashpoint-atlas-data-\d+\.\d+\.\d+-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = download.bytes.toString('utf8');
    const records = csv
      .trim()
      .split(/\r?\n(?=[a-z0-9-]+,)/)
      .slice(1);
    // The panels follow the paused window a frame or two later: once they have, the heading and the file agree.
    await expect.poll(() => atlas.exportCount()).toBe(records.length);
    expect(csv).toContain('red-sea');
    expect(atlas.consoleErrors).toEqual([]);
  });
});
