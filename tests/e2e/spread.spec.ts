import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';

const KERMAN = 'kerman-twin-blasts-2024';

describe('a reader reaching incidents that share one point', () => {
  it('clicks the Kerman bubble, sees its incidents spread round it, hovers and opens each, and Esc folds them', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const bubble = await atlas.clusterHolding(KERMAN);
    if (!bubble) throw new Error('No bubble holds the Kerman bombing in the opening view.');
    await atlas.clickMapAt(bubble);
    await expect.poll(async () => (await atlas.spreadMembers()).length).toBeGreaterThanOrEqual(4);
    await atlas.waitForMapIdle();
    const members = await atlas.spreadMembers();
    expect(members.map((member) => member.id)).toContain(KERMAN);
    for (const member of members)
      expect(Math.hypot(member.x - bubble.x, member.y - bubble.y)).toBeGreaterThan(20);

    const [, second] = members;
    if (!second) throw new Error('Only one member spread.');
    await atlas.hoverMapAt(second);
    await expect.poll(() => atlas.highlightedRow()).toBe(second.id);
    await atlas.clickMapAt(second);
    await expect.poll(() => atlas.detailTitle()).toBe(second.title);

    // The first Esc folds the spread and leaves the incident open; the next one closes it.
    await atlas.press('Escape');
    await expect.poll(async () => (await atlas.spreadMembers()).length).toBe(0);
    expect(await atlas.detailTitle()).toBe(second.title);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('spreads them with the keyboard, Tabs through each, and Esc brings focus back to the bubble', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    const bubble = await atlas.clusterHolding(KERMAN);
    if (!bubble) throw new Error('No bubble holds the Kerman bombing in the opening view.');
    await atlas.focusMapStop(`cluster:${bubble.clusterId}`);
    await atlas.press('Enter');
    await expect.poll(async () => (await atlas.focusedStopAndSpread())?.spread).toBe(true);
    const members = await atlas.spreadMembers();
    const reached = new Set<string>();
    for (let step = 0; step < 40 && reached.size < members.length; step++) {
      const focused = await atlas.focusedStopAndSpread();
      if (focused?.spread) reached.add(focused.key.replace('event:', ''));
      await atlas.press('Tab');
    }
    expect([...reached].sort()).toEqual(members.map((member) => member.id).sort());

    await atlas.focusMapStop(`event:${KERMAN}`);
    await atlas.press('Escape');
    await expect
      .poll(() => atlas.focusedStopAndSpread())
      .toEqual({ key: `cluster:${bubble.clusterId}`, spread: false });
    expect(await atlas.spreadMembers()).toEqual([]);
  });
});
