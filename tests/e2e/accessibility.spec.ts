import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { openAtlas, type Atlas, type OpenOptions } from './driver';

const violations = (atlas: Atlas) => axeViolations(atlas.page);

async function explore(options: OpenOptions = {}) {
  const atlas = await openAtlas(options);
  await atlas.waitForMapIdle();
  await atlas.page.locator('#event-list button').first().waitFor();
  return atlas;
}

describe('the atlas for readers using assistive technology', () => {
  it('has no axe violations while exploring', async () => {
    const atlas = await explore();
    expect(await violations(atlas)).toEqual([]);
  });

  it('has no axe violations with an incident open', async () => {
    const atlas = await explore();
    await atlas.page.getByRole('button', { name: /Twin bombings at the Soleimani memorial/ }).click();
    await atlas.page.getByRole('article').waitFor();
    await atlas.waitForMapIdle();
    expect(await violations(atlas)).toEqual([]);
  });

  it('has no axe violations in the dark theme', async () => {
    const atlas = await explore({ colorScheme: 'dark' });
    expect(await violations(atlas)).toEqual([]);
  });

  it('has no axe violations on a phone, list and incident', async () => {
    const atlas = await explore({ viewport: { width: 390, height: 844 } });
    expect(await violations(atlas)).toEqual([]);
    await atlas.page.getByRole('button', { name: /Twin bombings at the Soleimani memorial/ }).click();
    await atlas.page.getByRole('article').waitFor();
    expect(await violations(atlas)).toEqual([]);
  });

  it('has no axe violations in embed mode at 400 px', async () => {
    const atlas = await explore({ path: '?mode=embed', viewport: { width: 400, height: 700 } });
    expect(await violations(atlas)).toEqual([]);
  });
});
