import { describe, expect, it } from 'vitest';
import { openHostPage } from './driver';

const KERMAN = 'kerman-twin-blasts-2024';
const KERMAN_TITLE = /Twin bombings at the Soleimani memorial/;
/** The atlas loads on two shared cores: conditions are polled, for up to this long. */
const eventually = { timeout: 30_000 };

const article = (src: string) =>
  `<!doctype html><html lang="en"><title>A newsroom article</title><h1>An article</h1>` +
  `<iframe title="Map of the story" src="${src}" style="width:900px;height:700px;border:0"></iframe>` +
  `<iframe id="other" title="An advert" src="/advert.html" style="width:300px;height:50px;border:0"></iframe>`;

describe('a newsroom page driving an embedded atlas through the control API', () => {
  it('follows the documented commands, tells the host what happened, and ignores anything malformed', async () => {
    const host = await openHostPage({
      html: (base, origin) => article(`${base}embed.html?id=story-map&host=${encodeURIComponent(origin)}`),
    });
    await expect
      .poll(() => host.messages(), eventually)
      .toContainEqual(expect.objectContaining({ atlas: 1, id: 'story-map', event: 'ready' }));

    // postMessage keeps order: once the valid command at the end has acted, everything before it was read.
    await host.post({ atlas: 1, command: 'open-incident', incident: '<img src=x onerror=alert(1)>' });
    await host.post({ atlas: 2, command: 'open-incident', incident: KERMAN });
    await host.post({ command: 'open-incident', incident: KERMAN });
    await host.post({ atlas: 1, command: 'open-incident', incident: KERMAN, html: '<b>' });
    await host.post(`open-incident ${KERMAN}`);
    await host.postFromOtherFrame({ atlas: 1, command: 'open-incident', incident: KERMAN });
    await host.post({ atlas: 1, command: 'set-theme', theme: 'dark' });
    await expect.poll(() => host.frameTheme(), eventually).toBe('dark');
    expect(await host.detailsShown(KERMAN_TITLE)).toBe(0);

    await host.post({ atlas: 1, command: 'open-incident', incident: KERMAN });
    await host.expectDetailShows(KERMAN_TITLE);
    await expect
      .poll(() => host.messages(), eventually)
      .toContainEqual({ atlas: 1, id: 'story-map', event: 'incident-opened', incident: KERMAN });

    await host.post({ atlas: 1, command: 'set-filters', threads: ['red-sea'] });
    await host.post({ atlas: 1, command: 'close-incident' });
    await host.waitForDetailClosed();
    await expect
      .poll(() => host.messages(), eventually)
      .toContainEqual({ atlas: 1, id: 'story-map', event: 'incident-closed' });
    await expect.poll(() => host.firstListRow(), eventually).not.toMatch(/Soleimani/);

    await host.post({ atlas: 1, command: 'set-theme', theme: 'light' });
    await host.post({ atlas: 1, command: 'reset' });
    await expect.poll(() => host.frameTheme(), eventually).toBe('light');
    await expect.poll(() => host.firstListRow(), eventually).toMatch(/K-1/);
    expect(host.dialogs).toEqual([]);
    expect(host.consoleErrors).toEqual([]);
  });

  it('tells a host its events only at its own origin once pinned, and nothing meant for another host', async () => {
    const host = await openHostPage({
      html: (base) => article(`${base}embed.html?event=${KERMAN}&host=https://another-newsroom.example`),
    });
    await host.expectDetailShows(KERMAN_TITLE);
    await host.post({ atlas: 1, command: 'close-incident' });
    await host.post({ atlas: 1, command: 'hello' });
    // The pinned origin is not this page's: every message, even the height, went to the other newsroom only.
    const heard = await host.messages();
    expect(heard.filter((message) => JSON.stringify(message).includes('"atlas":1'))).toEqual([]);
    expect(await host.detailsShown(KERMAN_TITLE)).toBe(1);
  });

  it('is also embed mode on the main page with ?mode=embed', async () => {
    const host = await openHostPage({ html: (base) => article(`${base}?mode=embed&id=old-link`) });
    await expect
      .poll(() => host.messages(), eventually)
      .toContainEqual(expect.objectContaining({ atlas: 1, id: 'old-link', event: 'ready' }));
  });
});
