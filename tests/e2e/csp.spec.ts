import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';

describe('the strict Content-Security-Policy', () => {
  it('is served without unsafe-inline or unsafe-eval, with the worker from our own origin', async () => {
    const atlas = await openAtlas();
    const policy = (await atlas.servedHeaders())['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('is never violated while a reader explores, opens an incident and filters', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();

    await atlas.openFirstIncident();
    await atlas.waitForMapIdle();
    await atlas.backToAllIncidents();

    await atlas.filterByThread(/Red Sea shipping/);
    await atlas.waitForMapIdle();
    await atlas.chooseTheme('Dark');
    await atlas.waitForMapIdle();

    expect(await atlas.cspViolations()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('would notice a violation (the listener is live)', async () => {
    const atlas = await openAtlas();
    await atlas.tryInlineStyle();
    await expect.poll(() => atlas.cspViolations()).toEqual(['style-src-elem inline']);
  });
});
