import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';

/** The verbs browser tests speak: open the atlas, wait for the map, read what it drew, and what it asked for. */
export interface Atlas {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
  waitForMapIdle(): Promise<void>;
  renderedFeatures(layerId: string): Promise<Record<string, unknown>[]>;
  /** Where an event's symbol is on screen, or null when it is not drawn as itself (filtered, clustered, off-screen). */
  eventPixel(id: string): Promise<{ x: number; y: number } | null>;
  /** Clicks an event's symbol on the real canvas, at the pixel its coordinates project to. */
  clickEventOnMap(id: string): Promise<void>;
  foreignRequests(): string[];
  distinctMapColours(): Promise<number>;
  /** Every Content-Security-Policy violation the page reported since it opened ("directive blocked-uri"). */
  cspViolations(): Promise<string[]>;
  /** Resolves once the offline worker has installed, i.e. the whole app is in its cache. */
  waitForOfflineReady(): Promise<void>;
  /** Cuts (or restores) the network for this atlas's browser context. */
  setOffline(offline: boolean): Promise<void>;
  /** Opens another address of the atlas in the same page (a reload when it is the same one). */
  goTo(path: string): Promise<void>;
  /** Takes the map's WebGL context away (WEBGL_lose_context), as a GPU reset does, and waits for the map to notice. */
  loseMapContext(): Promise<void>;
  /** Gives the context back; the map redraws without a reload. */
  restoreMapContext(): Promise<void>;
  /** Waits until the map has come to rest and the address bar holds the camera it rests on. */
  settle(): Promise<void>;
  /** What the reader sees and the link holds at this moment. */
  view(): Promise<AtlasView>;
  openIncidentFromList(name: string | RegExp): Promise<void>;
  closeIncident(): Promise<void>;
  toggleFilter(label: string): Promise<void>;
  /** Presses keys on one handle of the timeline's brush, as a keyboard reader brushes. */
  brushWithKeys(handle: 'Window start' | 'Window end', keys: string[]): Promise<void>;
  search(text: string): Promise<void>;
  /** How far the incident panel is scrolled, whichever element scrolls it (the panel, or the phone sheet's body). */
  panelScrollTop(): Promise<number>;
  /** How far below the panel's top edge the open incident's heading sits, in pixels. */
  incidentHeadingOffset(): Promise<number>;
  /** The text of one labelled fact of the open incident ("When", "Where"). */
  incidentFact(term: string): Promise<string>;
  timelineSummary(): Promise<string>;
  back(): Promise<void>;
  forward(): Promise<void>;
  historyLength(): Promise<number>;
  close(): Promise<void>;
}

export interface AtlasView {
  search: string;
  /** The heading of the open incident, or null when the list is shown. */
  openIncident: string | null;
  /** The labels of the ticked filters. */
  filters: string[];
  /** The brush's window as its handles announce it, or null when all dates are shown. */
  window: string | null;
  /** The camera the map shows, written as the link writes it. */
  camera: string | null;
}

export interface OpenOptions {
  path?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** The offline worker is blocked unless a test asks for it: a worker's fetches would bypass page.route stubs. */
  serviceWorkers?: boolean;
  /** Runs before the page is opened: stub a route, break the network. */
  prepare?(page: Page): Promise<void>;
}

let browser: Browser | undefined;

/** Every atlas a test opens is closed after it, so specs never need their own clean-up. */
const opened = new Set<Atlas>();
afterEach(async () => {
  const atlases = [...opened];
  opened.clear();
  await Promise.all(atlases.map((atlas) => atlas.close()));
});

async function sharedBrowser(): Promise<Browser> {
  browser ??= await chromium.connect(inject('wsEndpoint'));
  return browser;
}

export async function openAtlas(options: OpenOptions = {}): Promise<Atlas> {
  const baseUrl = inject('baseUrl');
  const context = await (
    await sharedBrowser()
  ).newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  await options.prepare?.(page);
  await page.goto(new URL(options.path ?? '', baseUrl).href);

  const origin = new URL(baseUrl).origin;
  const eventPixel = (id: string) =>
    page.evaluate((wanted) => {
      const map = window.flashpointAtlas?.map;
      if (!map) return null;
      const layers = ['event-points', 'event-points-clustered', 'event-dots', 'event-dots-clustered'].filter(
        (layer) => map.getLayer(layer),
      );
      const feature = map
        .queryRenderedFeatures({ layers })
        .find((candidate) => candidate.properties.id === wanted);
      if (!feature || feature.geometry.type !== 'Point') return null;
      const { x, y } = map.project(feature.geometry.coordinates as [number, number]);
      return { x, y };
    }, id);
  const atlas: Atlas = {
    page,
    context,
    baseUrl,
    requests,
    consoleErrors,
    dialogs,
    async waitForMapIdle() {
      await page.waitForFunction(
        () => {
          const map = window.flashpointAtlas?.map;
          return Boolean(map && map.loaded() && !map.isMoving() && map.areTilesLoaded());
        },
        undefined,
        { timeout: 45_000 },
      );
      await page.locator('.map-canvas[data-map-state="idle"]').waitFor({ timeout: 45_000 });
    },
    renderedFeatures(layerId) {
      return page.evaluate((id) => {
        const map = window.flashpointAtlas?.map;
        if (!map?.getLayer(id)) return [];
        return map.queryRenderedFeatures({ layers: [id] }).map((feature) => ({ ...feature.properties }));
      }, layerId);
    },
    eventPixel,
    async clickEventOnMap(id) {
      const pixel = await eventPixel(id);
      if (!pixel) throw new Error(`The event ${id} is not drawn on the map as itself.`);
      await page.locator('.map-canvas canvas').click({ position: pixel });
    },
    foreignRequests() {
      return requests.filter(
        (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
      );
    },
    async distinctMapColours() {
      const png = (await page.locator('.map-canvas canvas').screenshot()).toString('base64');
      return page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d');
        if (!context) return 0;
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
        const colours = new Set<number>();
        for (let i = 0; i < pixels.length; i += 4 * 97) {
          colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
        }
        return colours.size;
      }, png);
    },
    async loseMapContext() {
      await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.map-canvas canvas');
        const extension = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
        if (!extension) throw new Error('The map has no WebGL context to lose.');
        Object.defineProperty(window, '__loseContext', { value: extension, configurable: true });
        extension.loseContext();
      });
      await page.locator('.map-canvas[data-map-state="lost"]').waitFor();
    },
    async restoreMapContext() {
      await page.evaluate(() =>
        (window as { __loseContext?: WEBGL_lose_context }).__loseContext?.restoreContext(),
      );
    },
    async settle() {
      await atlas.waitForMapIdle();
      await page.waitForFunction(
        () => {
          const map = window.flashpointAtlas?.map;
          if (!map) return false;
          const round = (value: number, places: number) => Number(value.toFixed(places));
          const { lng, lat } = map.getCenter();
          const camera = `${round(map.getZoom(), 2)}/${round(lat, 4)}/${round(lng, 4)}`;
          return new URL(window.location.href).searchParams.get('map') === camera;
        },
        undefined,
        { timeout: 20_000 },
      );
    },
    view: () =>
      page.evaluate(() => {
        const map = window.flashpointAtlas?.map;
        const round = (value: number, places: number) => Number(value.toFixed(places));
        const camera = map
          ? `${round(map.getZoom(), 2)}/${round(map.getCenter().lat, 4)}/${round(map.getCenter().lng, 4)}`
          : null;
        const start = document.querySelector('[role="slider"][aria-label="Window start"]');
        const end = document.querySelector('[role="slider"][aria-label="Window end"]');
        return {
          search: window.location.search,
          openIncident: document.querySelector('article h2')?.textContent ?? null,
          filters: [...document.querySelectorAll<HTMLInputElement>('.facet input:checked')].map(
            (input) => input.closest('label')?.querySelector('.facet__label')?.textContent ?? '',
          ),
          window:
            start && end
              ? `${start.getAttribute('aria-valuetext') ?? ''} – ${end.getAttribute('aria-valuetext') ?? ''}`
              : null,
          camera,
        };
      }),
    async openIncidentFromList(name) {
      await page.locator('#event-list').getByRole('button', { name }).first().click();
      await page.getByRole('article').getByRole('heading', { level: 2 }).waitFor();
    },
    async closeIncident() {
      await page.keyboard.press('Escape');
      await page.getByRole('article').waitFor({ state: 'detached' });
    },
    async toggleFilter(label) {
      await page.getByRole('checkbox', { name: label }).click();
    },
    async brushWithKeys(handle, keys) {
      await page.getByRole('region', { name: 'Timeline' }).getByRole('slider', { name: handle }).focus();
      for (const key of keys) await page.keyboard.press(key);
    },
    async search(text) {
      await page.getByRole('searchbox').fill(text);
    },
    panelScrollTop: () =>
      page.evaluate(() => {
        const panel = document.getElementById('panel');
        const body = document.getElementById('panel-body');
        return Math.max(panel?.scrollTop ?? 0, body?.scrollTop ?? 0);
      }),
    incidentHeadingOffset: () =>
      page.evaluate(() => {
        const heading = document.querySelector('article h2');
        const panel = document.getElementById('panel');
        if (!heading || !panel) throw new Error('No incident is open.');
        return heading.getBoundingClientRect().top - panel.getBoundingClientRect().top;
      }),
    incidentFact: (term) =>
      page
        .getByRole('article')
        .locator('dt', { hasText: term })
        .first()
        .evaluate((dt) => dt.nextElementSibling?.textContent ?? ''),
    timelineSummary: () => page.locator('.timeline__summary').innerText(),
    async back() {
      await page.goBack();
      await atlas.settle();
    },
    async forward() {
      await page.goForward();
      await atlas.settle();
    },
    historyLength: () => page.evaluate(() => window.history.length),
    cspViolations: () =>
      page.evaluate(() => [...((window as { __cspViolations?: string[] }).__cspViolations ?? [])]),
    async waitForOfflineReady() {
      await page.waitForFunction(
        async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
        undefined,
        { timeout: 45_000 },
      );
    },
    setOffline: (offline) => context.setOffline(offline),
    async goTo(path) {
      await page.goto(new URL(path, baseUrl).href);
    },
    close: async () => {
      opened.delete(atlas);
      // A test may close its atlas itself; closing twice is harmless.
      await context.close().catch(() => undefined);
    },
  };
  opened.add(atlas);
  return atlas;
}
