import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';

describe('the strict Content-Security-Policy', () => {
  it('is served without unsafe-inline or unsafe-eval, with the worker from our own origin', async () => {
    const atlas = await openAtlas();
    const policy = (await atlas.page.request.get(atlas.baseUrl)).headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('is never violated while a reader explores, opens an incident and filters', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();

    await atlas.page.locator('#event-list button').first().click();
    await atlas.page.getByRole('article').waitFor();
    await atlas.waitForMapIdle();
    await atlas.page.getByRole('button', { name: '← All incidents' }).click();

    await atlas.page.getByRole('checkbox', { name: /Red Sea shipping/ }).check();
    await atlas.waitForMapIdle();
    await atlas.page.getByRole('radio', { name: 'Dark' }).check();
    await atlas.waitForMapIdle();

    expect(await atlas.cspViolations()).toEqual([]);
    expect(atlas.consoleErrors).toEqual([]);
  });

  it('would notice a violation (the listener is live)', async () => {
    const atlas = await openAtlas();
    await atlas.page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    await expect.poll(() => atlas?.cspViolations()).toEqual(['style-src-elem inline']);
  });
});
