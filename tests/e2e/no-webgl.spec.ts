import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { axeViolations } from './axe';
import { CHROME_ARGS, chromePath } from './browser';

describe('a reader whose browser has WebGL switched off', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromePath(),
      args: [...CHROME_ARGS, '--disable-webgl', '--disable-3d-apis'],
      headless: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sees a notice, the list and a static map whose dots open incidents; MapLibre never runs', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(inject('baseUrl'));

    await page.getByText(/cannot draw the interactive map/i).waitFor();
    const map = page.getByRole('figure', { name: /static map of the incidents/i });
    const dot = map.getByRole('link', { name: /Twin bombings at the Soleimani memorial/i });
    await dot.waitFor();
    expect(await map.getByRole('link').count()).toBeGreaterThanOrEqual(40);
    expect(await map.locator('path').count()).toBeGreaterThan(20);
    expect(await page.getByRole('list').first().getByRole('button').count()).toBeGreaterThanOrEqual(40);
    if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/no-webgl.png` });
    expect(await axeViolations(page)).toEqual([]);

    await dot.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /Twin bombings/i }).waitFor();
    expect(page.url()).toContain('event=kerman-twin-blasts-2024');
    if (process.env.SHOTS_DIR)
      await page.screenshot({ path: `${process.env.SHOTS_DIR}/no-webgl-detail.png` });

    expect(await axeViolations(page)).toEqual([]);
    // The map's chunk may have started downloading before the WebGL check answered; it never ran a map.
    expect(requests.filter((url) => /maplibre-gl-worker/i.test(url))).toEqual([]);
    expect(await page.locator('.maplibregl-canvas').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
