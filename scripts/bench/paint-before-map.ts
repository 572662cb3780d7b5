import type { Browser } from 'playwright-core';

export interface PaintBeforeMapResult {
  /** The header and the incident list were on screen while the map chunk was still being held back. */
  ok: boolean;
  rowsWhileHeld: number;
  detail: string;
}

/** Holds the lazy map chunk at the network and checks that the header and the list paint without it. */
export async function checkPaintBeforeMap(browser: Browser, baseUrl: string): Promise<PaintBeforeMapResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let mapChunkRequested = false;
  await page.route(/\/assets\/create-map-[^/]*\.js$/, async (route) => {
    mapChunkRequested = true;
    await held;
    await route.continue();
  });
  try {
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
    await page.locator('#event-list li').first().waitFor({ timeout: 30_000 });
    const rowsWhileHeld = await page.locator('#event-list li').count();
    const mapDrawn = await page.evaluate(() => window.flashpointAtlas !== undefined);
    release();
    return {
      ok: rowsWhileHeld > 0 && !mapDrawn,
      rowsWhileHeld,
      detail: `map chunk requested: ${mapChunkRequested}; map created while held: ${mapDrawn}`,
    };
  } catch (error) {
    release();
    return { ok: false, rowsWhileHeld: 0, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    await context.close();
  }
}
