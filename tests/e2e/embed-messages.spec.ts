import { describe, expect, it } from 'vitest';
import { openHostPage } from './driver';

const KERMAN = 'kerman-twin-blasts-2024';
const KERMAN_TITLE = /Twin bombings at the Soleimani memorial/;

describe('a newsroom page driving an embedded atlas with postMessage', () => {
  it('opens an incident and resets the view on the documented messages, and ignores everything else', async () => {
    const host = await openHostPage('embed');

    await host.post({ type: 'flashpoint:select', id: '<img src=x onerror=alert(1)>' });
    await host.post({ type: 'flashpoint:select', id: KERMAN, extra: true });
    await host.post(`flashpoint:select ${KERMAN}`);
    await host.postFromOtherFrame({ type: 'flashpoint:select', id: KERMAN });
    expect(await host.detailsShown()).toBe(0);

    await host.post({ type: 'flashpoint:select', id: KERMAN });
    await host.expectDetailShows(KERMAN_TITLE);

    await host.postFromOtherFrame({ type: 'flashpoint:reset' });
    expect(await host.detailsShown(KERMAN_TITLE)).toBe(1);

    await host.post({ type: 'flashpoint:reset' });
    await host.waitForDetailClosed();
    expect(host.dialogs).toEqual([]);
    expect(host.consoleErrors).toEqual([]);
  });

  it('does not listen at all outside embed mode', async () => {
    const host = await openHostPage('explore');
    await host.post({ type: 'flashpoint:select', id: KERMAN });
    expect(await host.detailsShown()).toBe(0);
  });
});
