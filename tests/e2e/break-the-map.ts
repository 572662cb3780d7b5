import type { Page } from 'playwright-core';

/** Serves MapLibre's worker with another Content-Type, as many static hosts do for .mjs files. */
export function serveWorkerAs(contentType: string) {
  return async (page: Page) => {
    await page.route(/\/maplibre-gl-worker[^/]*\.mjs$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': contentType } });
    });
  };
}

/** The map's code answers 500 until `succeedFromNowOn()`, then the real file. */
export function failMapChunk() {
  let failing = true;
  const prepare = async (page: Page) => {
    await page.route(/\/create-map-[^/]*\.js$/, async (route) => {
      if (failing) await route.fulfill({ status: 500, body: 'Internal Server Error' });
      else await route.fallback();
    });
  };
  return { prepare, succeedFromNowOn: () => void (failing = false) };
}
