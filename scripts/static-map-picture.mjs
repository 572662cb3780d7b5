// Draws the picture a reader without JavaScript (or a page that cannot run the atlas) gets of the opening map, and
// commits it as public/static-map.jpg: the live map of the default view in the built embed, controls hidden, credits
// kept. Run after a build whenever the basemap, the data or the opening view change.
// Usage: npm run build && node scripts/static-map-picture.mjs [out.jpg|out.png]
/* global document -- read inside the page */
import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

const OUT = process.argv[2] ?? 'public/static-map.jpg';
// Below the 760 px at which the embed puts its list beside the map; the map keeps its aspect ratio.
const VIEWPORT = { width: 740, height: 900 };
const SCALE = 1.5;

const { server, url } = await startServer({ root: process.env.ATLAS_DIST ?? 'dist', port: 0 });
const browser = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: SCALE,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${url}embed.html?interactive=0&theme=light&lang=en`);
  await page.locator('.map-canvas[data-map-state="idle"]').waitFor({ timeout: 60_000 });
  // Buttons mean nothing on a picture. Hidden through the DOM: the CSP refuses an injected style sheet.
  await page.evaluate(() => {
    const buttons = '.maplibregl-ctrl-top-left, .maplibregl-ctrl-top-right, .map-legend, .map-hint';
    for (const element of document.querySelectorAll(buttons)) element.style.visibility = 'hidden';
  });
  await page.locator('.map-canvas[data-map-state="idle"]').waitFor();
  const map = page.locator('.map-canvas');
  const box = await map.boundingBox();
  await map.screenshot(
    OUT.endsWith('.png') ? { path: OUT, type: 'png' } : { path: OUT, type: 'jpeg', quality: 82 },
  );
  console.log(`${OUT}: ${Math.round(box.width * SCALE)}×${Math.round(box.height * SCALE)}`);
} finally {
  await browser.close();
  server.close();
}
