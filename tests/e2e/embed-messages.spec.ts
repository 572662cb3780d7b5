import { describe, expect, it } from 'vitest';
import { openAtlas, type Atlas } from './driver';

/** A host page framing the atlas next to another, unrelated frame. */
async function hostPage(mode: 'embed' | 'explore') {
  // The host page is answered by the test itself, on the atlas's origin: a newsroom page with two frames.
  const atlas = await openAtlas({
    path: 'host.html',
    prepare: async (page) => {
      await page.route('**/host.html', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body:
            `<!doctype html><title>A newsroom article</title>` +
            `<iframe id="atlas" title="Flashpoint Atlas" src="./${mode === 'embed' ? '?mode=embed' : ''}" width="1000" height="700"></iframe>` +
            `<iframe id="other" title="An advert" src="./favicon.svg"></iframe>`,
        }),
      );
    },
  });
  const frame = atlas.page.frameLocator('#atlas');
  await frame.locator('#event-list button').first().waitFor({ timeout: 30_000 });
  const post = (data: unknown) =>
    atlas.page.evaluate((message) => {
      const target = document.querySelector<HTMLIFrameElement>('#atlas')?.contentWindow;
      target?.postMessage(message, '*');
    }, data);
  const postFromOtherFrame = async (data: unknown) => {
    const other = atlas.page.frames().find((candidate) => candidate.url().endsWith('favicon.svg'));
    await other?.evaluate((message) => window.parent.frames[0]?.postMessage(message, '*'), data);
  };
  return { atlas, frame, post, postFromOtherFrame };
}

const settle = (atlas: Atlas) => atlas.page.waitForTimeout(500);

describe('a newsroom page driving an embedded atlas with postMessage', () => {
  it('opens an incident and resets the view on the documented messages, and ignores everything else', async () => {
    const host = await hostPage('embed');
    const { atlas } = host;
    const heading = host.frame.getByRole('heading', {
      level: 2,
      name: /Twin bombings at the Soleimani memorial/,
    });

    await host.post({ type: 'flashpoint:select', id: '<img src=x onerror=alert(1)>' });
    await host.post({ type: 'flashpoint:select', id: 'kerman-twin-blasts-2024', extra: true });
    await host.post('flashpoint:select kerman-twin-blasts-2024');
    await host.postFromOtherFrame({ type: 'flashpoint:select', id: 'kerman-twin-blasts-2024' });
    await settle(atlas);
    expect(await host.frame.getByRole('article').count()).toBe(0);

    await host.post({ type: 'flashpoint:select', id: 'kerman-twin-blasts-2024' });
    await heading.waitFor();

    await host.postFromOtherFrame({ type: 'flashpoint:reset' });
    await settle(atlas);
    expect(await heading.count()).toBe(1);

    await host.post({ type: 'flashpoint:reset' });
    await heading.waitFor({ state: 'detached' });
    expect(atlas.dialogs).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('does not listen at all outside embed mode', async () => {
    const host = await hostPage('explore');
    const { atlas } = host;
    await host.post({ type: 'flashpoint:select', id: 'kerman-twin-blasts-2024' });
    await settle(atlas);
    expect(await host.frame.getByRole('article').count()).toBe(0);
  });
});
