import { describe, expect, it } from 'vitest';
import { openAtlas, type OpenOptions } from './driver';

const KERMAN = /Twin bombings at the Soleimani memorial/;

async function explore(options: OpenOptions = {}) {
  const atlas = await openAtlas(options);
  await atlas.waitForMapIdle();
  await atlas.waitForList();
  return atlas;
}

describe('the atlas for readers using assistive technology', () => {
  it('has no axe violations while exploring', async () => {
    const atlas = await explore();
    expect(await atlas.axeViolations()).toEqual([]);
  });

  it('has no axe violations with an incident open', async () => {
    const atlas = await explore();
    await atlas.openIncident(KERMAN);
    await atlas.waitForMapIdle();
    expect(await atlas.axeViolations()).toEqual([]);
  });

  it('has no axe violations in the dark theme', async () => {
    const atlas = await explore({ colorScheme: 'dark' });
    expect(await atlas.axeViolations()).toEqual([]);
  });

  it('has no axe violations on a phone, list and incident', async () => {
    const atlas = await explore({ viewport: { width: 390, height: 844 } });
    expect(await atlas.axeViolations()).toEqual([]);
    await atlas.openIncident(KERMAN);
    expect(await atlas.axeViolations()).toEqual([]);
  });

  it('has no axe violations in embed mode at 400 px', async () => {
    const atlas = await explore({ path: '?mode=embed', viewport: { width: 400, height: 700 } });
    expect(await atlas.axeViolations()).toEqual([]);
  });
});
