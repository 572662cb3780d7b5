import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { startProfile, stopProfile, type ProfileAttribution } from './attribute-profile';
import { probeScript, type LoadTarget } from './page-probes';

export interface OpenedTarget {
  target: LoadTarget;
  page: Page;
  context: BrowserContext;
  cdp: CDPSession;
  /** Milliseconds from navigation start to the first idle map with the events drawn. */
  readyMs: number;
  /** First contentful paint, in ms from navigation start. */
  fcpMs: number | null;
  foreignRequests: string[];
  /** Main-thread self time from navigation to ready, when asked for (profiling slows the load it watches). */
  profile: ProfileAttribution | null;
  close: () => Promise<void>;
}

export function targetUrl(baseUrl: string, target: LoadTarget, dataPath?: string): string {
  if (target === 'embed') return `${baseUrl}embed.html${dataPath ? `?data=${dataPath}` : ''}`;
  if (target === 'app') return `${baseUrl}${dataPath ? `?data=${dataPath}` : ''}`;
  return `${baseUrl}floor/${dataPath ? `?data=../${dataPath}` : ''}`;
}

/** A fresh context (empty cache), the page loaded, and the time its map became idle with all it has to draw. */
export async function openTarget(
  browser: Browser,
  baseUrl: string,
  target: LoadTarget,
  options: { dataPath?: string; timeoutMs?: number; profile?: boolean } = {},
): Promise<OpenedTarget> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      foreignRequests.push(url);
  });
  await page.addInitScript({
    content: probeScript(
      target === 'app'
        ? { sources: ['events'], selector: '#event-list li' }
        : { sources: ['events'], selector: null },
    ),
  });
  const cdp = await context.newCDPSession(page);
  if (options.profile) await startProfile(cdp);
  await page.goto(targetUrl(baseUrl, target, options.dataPath));
  await page.waitForFunction(() => window.__benchReady !== undefined, undefined, {
    timeout: options.timeoutMs ?? 120_000,
    polling: 100,
  });
  const profile = options.profile ? await stopProfile(cdp) : null;
  const readyMs = (await page.evaluate(() => window.__benchReady)) ?? Number.NaN;
  const fcpMs = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  );
  return {
    target,
    page,
    context,
    cdp,
    readyMs,
    fcpMs,
    foreignRequests,
    profile,
    close: () => context.close(),
  };
}

/** Main-thread JS heap after a full collection, in bytes (workers not included). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
