// Takes the screenshots we look at before calling a change done (and the README's): desktop, phone,
// a 400 px embed and dark mode, from the built app in Debian's Chromium.
// Usage: node scripts/screenshots.mjs [outDir] [query-string]
/* global document -- read inside the page by waitForFunction */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const outDir = process.argv[2] ?? 'screenshots';
const query = process.argv[3] ?? '';
const shots = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: 'desktop-dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    colorScheme: 'light',
    isMobile: true,
    hasTouch: true,
  },
  { name: 'embed-400', viewport: { width: 400, height: 700 }, colorScheme: 'light', embed: true },
];

await mkdir(outDir, { recursive: true });
const { server, url } = await startServer({ root: process.env.ATLAS_DIST ?? 'dist', port: 0 });
const browser = await launchChromium();
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      colorScheme: shot.colorScheme,
      isMobile: shot.isMobile ?? false,
      hasTouch: shot.hasTouch ?? false,
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    page.on(
      'console',
      (message) => message.type() === 'error' && console.error(`[${shot.name}] ${message.text()}`),
    );
    const params = new URLSearchParams(query);
    if (shot.embed) params.set('mode', 'embed');
    const search = params.toString();
    await page.goto(`${url}${search ? `?${search}` : ''}`);
    await page
      .waitForFunction(
        () => document.querySelector('.map-canvas')?.getAttribute('data-map-state') === 'idle',
        undefined,
        {
          timeout: 45_000,
        },
      )
      .catch(() => console.error(`[${shot.name}] the map never went idle`));
    await page.waitForTimeout(400);
    const file = join(outDir, `${shot.name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
