/**
 * The one door from the browser specs to Playwright: the verbs a reader's story is told in (open an incident,
 * filter by thread, brush to a month) and what the reader would see afterwards. Specs never import
 * playwright-core (lint holds that); a story that needs a new verb adds it here.
 */
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type FrameLocator,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import { LAYER, type LayerId } from '../../src/map/layers/ids';
import { startHostServer, type HostServer } from './host-server';

/**
 * What a test answers in place of the server: a status and body; the server's own file under another
 * Content-Type (as careless static hosts serve it); or undefined to let the request through.
 */
export type Answer =
  { status?: number; contentType?: string; body: string } | { servedAs: string } | undefined;

/** Requests whose URL matches (a glob or a pattern) are answered by the test, once per request. */
export interface Rule {
  url: string | RegExp;
  answer: () => Answer;
}

export interface OpenOptions {
  path?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Requests the test answers itself, e.g. to fail the events file twice or break the map's code. */
  answer?: Rule[];
  /** Lets the page read and write the clipboard, as a reader's browser does after the permission prompt. */
  clipboard?: boolean;
  /** Opens in a Chromium started with WebGL switched off. */
  webgl?: false;
  /** The reader's motion preference; `reduce` makes every chapter's camera move a jump. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** The offline worker is blocked unless a test asks for it: a worker's fetches would bypass answered routes. */
  serviceWorkers?: boolean;
  /** A touch screen, as on a classroom's interactive board or a tablet. */
  touch?: boolean;
  /** A browser without BroadcastChannel, so no second window can follow this one. */
  broadcastChannel?: false;
  /** A browser with JavaScript switched off (or a reader whose extension blocks it). */
  javaScript?: false;
}

/** Something a keyboard reader can reach: by role and accessible name, in the list or the detail's sources. */
export interface Target {
  role: 'button' | 'checkbox' | 'link' | 'searchbox';
  name?: string | RegExp;
  in?: 'list' | 'sources';
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

export interface Download {
  name: string;
  bytes: Buffer;
}

export interface PageSafety {
  hostile: unknown;
  images: number;
  inlineScripts: number;
  handlers: number;
  unsafeLinks: string[];
}

type SnippetKind = 'frame' | 'script' | 'pym';
const SNIPPET_LABEL: Record<SnippetKind, string> = {
  frame: 'The frame alone',
  script: 'The frame with embed.js',
  pym: 'For a page that uses pym.js',
};

let sharedBrowser: Browser | undefined;
let browserWithoutWebGL: Browser | undefined;

/** Every atlas a test opens is closed after it, so specs never need their own clean-up. */
const opened = new Set<{ close: () => Promise<void> }>();
afterEach(async () => {
  const atlases = [...opened];
  opened.clear();
  await Promise.all(atlases.map((atlas) => atlas.close()));
});

async function browserFor(options: OpenOptions): Promise<Browser> {
  if (options.webgl === false) {
    browserWithoutWebGL ??= await chromium.connect(inject('wsEndpointWithoutWebGL'));
    return browserWithoutWebGL;
  }
  sharedBrowser ??= await chromium.connect(inject('wsEndpoint'));
  return sharedBrowser;
}

/** What a reader reads on the explore page: header, panel, timeline and the map's own controls. */
const LANGUAGE_REGIONS = ['.shell__header', '#panel', '.shell__timeline', '.maplibregl-control-container'];

/** Presses the mouse in the middle of `box` and drags it by (dx, dy) pixels, as a reader panning does. */
async function dragFromMiddle(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
  dx: number,
  dy: number,
): Promise<void> {
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

const MAP_WAIT = { timeout: 45_000 };
const LIST_WAIT = { timeout: 45_000 };
/** Thirteen chapters put on the map one after another, each drawn in full and photographed. */
const HANDOUT_WAIT = { timeout: 150_000 };

/** Opens the atlas in a fresh browser context, the way a reader opens a link. */
export async function openAtlas(options: OpenOptions = {}): Promise<Atlas> {
  const baseUrl = inject('baseUrl');
  const context = await (
    await browserFor(options)
  ).newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    serviceWorkers: options.serviceWorkers ? 'allow' : 'block',
    hasTouch: options.touch ?? false,
    javaScriptEnabled: options.javaScript !== false,
  });
  if (options.broadcastChannel === false) {
    await context.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'));
  }
  if (options.clipboard) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  }
  const page = await context.newPage();
  for (const rule of options.answer ?? []) {
    await page.route(rule.url, async (route) => {
      const reply = rule.answer();
      if (reply === undefined) return route.fallback();
      if (!('servedAs' in reply)) return route.fulfill(reply);
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': reply.servedAs } });
    });
  }
  const atlas = new Atlas(page, context, baseUrl);
  await atlas.listen();
  await atlas.goTo(options.path ?? '');
  return atlas;
}

export class Atlas {
  /** Every URL the page asked for, in order. */
  readonly requests: string[] = [];
  /** Console errors and uncaught page errors. */
  readonly consoleErrors: string[] = [];
  readonly consoleWarnings: string[] = [];
  /** The text of every dialog (alert, confirm) the page opened; each is dismissed. */
  readonly dialogs: string[] = [];
  private inFlight = 0;

  constructor(
    protected readonly page: Page,
    protected readonly context: BrowserContext,
    readonly baseUrl: string,
  ) {
    page.on('request', (request) => {
      this.requests.push(request.url());
      this.inFlight += 1;
    });
    page.on('requestfinished', () => (this.inFlight -= 1));
    page.on('requestfailed', () => (this.inFlight -= 1));
    page.on('console', (message) => {
      // Chromium asks for the tab's icon again whenever it likes (after a click, say); that request is the
      // browser's, not the atlas's, and failing offline it says nothing about the page.
      const { url } = message.location();
      const browsersOwn = /\/favicon\.svg$/.test(url);
      // A dataset a link names may bring a story file beside it; most do not, and the browser logs the 404.
      const noStoryBeside =
        /\/story\.json$/.test(url) && !url.endsWith('/geo/story.json') && /\b404\b/.test(message.text());
      if (message.type() === 'error' && !browsersOwn && !noStoryBeside)
        this.consoleErrors.push(message.text());
      if (message.type() === 'warning') this.consoleWarnings.push(message.text());
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    opened.add(this);
  }

  /** Starts listening for what the page reports about itself; before the first navigation. */
  async listen(): Promise<void> {
    await this.page.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
      );
      // Every shader program the page links: MapLibre compiles one per paint-property mix (shared-programs.ts).
      const linked = { count: 0 };
      Object.defineProperty(window, '__shaderPrograms', { value: linked });
      for (const context of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
        if (!context) continue;
        // Called below with the context it was taken from.
        // eslint-disable-next-line @typescript-eslint/unbound-method
        const link = context.prototype.linkProgram;
        context.prototype.linkProgram = function (program) {
          linked.count += 1;
          return link.call(this, program);
        };
      }
    });
  }

  /** How many shader programs the page has linked so far. */
  async shaderProgramsLinked(): Promise<number> {
    return this.page.evaluate(
      () => (window as unknown as { __shaderPrograms: { count: number } }).__shaderPrograms.count,
    );
  }

  async close(): Promise<void> {
    opened.delete(this);
    // A test may close its atlas itself; closing twice is harmless.
    await this.context.close().catch(() => undefined);
  }

  // ---- Going places --------------------------------------------------------------------------------------

  /** Navigates this tab to a path of the atlas (a link with parameters, say). */
  async goTo(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).href);
  }

  /** Opens a path in another tab of the same browser profile, which shares its storage, as a reader would. */
  async openInNewTab(path = ''): Promise<Atlas> {
    const atlas = new Atlas(await this.context.newPage(), this.context, this.baseUrl);
    await atlas.listen();
    await atlas.goTo(path);
    return atlas;
  }

  async goBack(): Promise<void> {
    await this.page.goBack();
  }

  /** The address bar, as the reader would copy it. */
  url(): URL {
    return new URL(this.page.url());
  }

  /** Cuts (or restores) the network for this atlas's browser context. */
  async setOffline(offline: boolean): Promise<void> {
    await this.context.setOffline(offline);
  }

  /** Resolves once the offline worker has installed, i.e. the whole app is in its cache. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.waitForFunction(
      async () => (await navigator.serviceWorker.ready).active?.state === 'activated',
      undefined,
      MAP_WAIT,
    );
  }

  async serviceWorkerCount(): Promise<number> {
    return this.page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length));
  }

  // ---- Waiting for what a reader waits for ---------------------------------------------------------------

  /** The map has loaded, stopped moving, drawn its tiles and says so on its container. */
  async waitForMapIdle(): Promise<void> {
    await this.page.waitForFunction(
      () => {
        const map = window.flashpointAtlas?.map;
        return Boolean(map && map.loaded() && !map.isMoving() && map.areTilesLoaded());
      },
      undefined,
      MAP_WAIT,
    );
    await this.page.locator('.map-canvas[data-map-state="idle"]').waitFor(MAP_WAIT);
  }

  /** The page has loaded and has nothing left in flight, the chunks it prefetches after load included. */
  async waitForNetworkQuiet(): Promise<void> {
    await this.page.waitForFunction(() => document.readyState === 'complete');
    await expect.poll(() => this.inFlight, MAP_WAIT).toBe(0);
  }

  /** The incident list shows its first row. */
  async waitForList(): Promise<void> {
    await this.listRows().first().waitFor(LIST_WAIT);
  }

  async waitForText(text: string | RegExp): Promise<void> {
    await this.page.getByText(text).first().waitFor(LIST_WAIT);
  }

  async waitFor(target: Target): Promise<void> {
    await this.locate(target).waitFor();
  }

  // ---- History and what the reader sees -------------------------------------------------------------------

  /** Waits until the map has come to rest and the address bar holds the camera it rests on. */
  async settle(): Promise<void> {
    await this.waitForMapIdle();
    await this.page.waitForFunction(
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
    // The address bar takes the last step of a brush gesture a moment later (it is throttled for Safari).
    await this.page.waitForFunction(
      () => {
        const params = new URL(window.location.href).searchParams;
        const dayOf = (iso: string | null) =>
          iso ? Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) : null;
        const handle = (name: string) => document.querySelector(`[role="slider"][aria-label="${name}"]`);
        const agrees = (name: string, param: string, bound: string) => {
          const slider = handle(name);
          if (!slider) return true;
          const linked = dayOf(params.get(param)) ?? Number(slider.getAttribute(bound));
          return linked === Number(slider.getAttribute('aria-valuenow'));
        };
        return agrees('Window start', 'from', 'aria-valuemin') && agrees('Window end', 'to', 'aria-valuemax');
      },
      undefined,
      { timeout: 20_000 },
    );
  }

  /** What the reader sees and the link holds at this moment. */
  view(): Promise<AtlasView> {
    return this.page.evaluate(() => {
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
    });
  }

  async back(): Promise<void> {
    await this.page.goBack();
    await this.settle();
  }

  async forward(): Promise<void> {
    await this.page.goForward();
    await this.settle();
  }

  historyLength(): Promise<number> {
    return this.page.evaluate(() => window.history.length);
  }

  // ---- The incident list and the detail ------------------------------------------------------------------

  /** Opens the first list row matching `name` and waits for the incident's heading. */
  async openIncidentFromList(name: string | RegExp): Promise<void> {
    await this.page.locator('#event-list').getByRole('button', { name }).first().click();
    await this.detailHeading().waitFor();
  }

  /** Closes the open incident with Esc. */
  async closeIncident(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.detail().waitFor({ state: 'detached' });
  }

  async toggleFilter(label: string): Promise<void> {
    await this.page.getByRole('checkbox', { name: label }).click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(text);
  }

  /** How far the incident panel is scrolled, whichever element scrolls it (the panel, or the phone sheet's body). */
  panelScrollTop(): Promise<number> {
    return this.page.evaluate(() => {
      const panel = document.getElementById('panel');
      const body = document.getElementById('panel-body');
      return Math.max(panel?.scrollTop ?? 0, body?.scrollTop ?? 0);
    });
  }

  /** How far below the panel's top edge the open incident's heading sits, in pixels. */
  incidentHeadingOffset(): Promise<number> {
    return this.page.evaluate(() => {
      const heading = document.querySelector('article h2');
      const panel = document.getElementById('panel');
      if (!heading || !panel) throw new Error('No incident is open.');
      return heading.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    });
  }

  /** The text of one labelled fact of the open incident ("When", "Where"). */
  incidentFact(term: string): Promise<string> {
    return this.detail()
      .locator('dt', { hasText: term })
      .first()
      .evaluate((dt) => dt.nextElementSibling?.textContent ?? '');
  }

  /** How far the page and the timeline's drawing reach past the viewport and the strip (0 when they fit). */
  overflow(): Promise<{ page: number; timeline: number }> {
    return this.page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.timeline__plot svg');
      const drawn = svg?.querySelector('g')?.getBoundingClientRect();
      const strip = svg?.getBoundingClientRect();
      return {
        page: Math.max(0, document.documentElement.scrollWidth - window.innerWidth),
        timeline: drawn && strip ? Math.max(0, Math.round(drawn.right - strip.right)) : 0,
      };
    });
  }

  /** The note under the strip, when some quiet spells are drawn to scale; null when there is none. */
  async timelineNote(): Promise<string | null> {
    const note = this.page.locator('.timeline__note');
    return (await note.count()) ? note.innerText() : null;
  }

  /** The strip's text alternative, which names its first and last days. */
  timelineDescription(): Promise<string | null> {
    return this.page.locator('.timeline__plot svg').getAttribute('aria-label');
  }

  /**
   * For each occurrence of `text` the reader can see, whether its letters lie left to right as written, and the
   * unicode-bidi of the element holding it. A bidi override in text beside it would lay them out reversed.
   */
  textOrder(text: string): Promise<{ leftToRight: boolean; unicodeBidi: string }[]> {
    return this.page.evaluate((wanted) => {
      const found: { leftToRight: boolean; unicodeBidi: string }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const letter = (offset: number) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect();
        };
        const first = letter(at);
        const last = letter(at + wanted.length - 1);
        if (!first.width || !last.width) continue;
        found.push({
          leftToRight: first.left < last.left,
          unicodeBidi: node.parentElement ? getComputedStyle(node.parentElement).unicodeBidi : '',
        });
      }
      return found;
    }, text);
  }

  /** The tooltips of the timeline's incident glyphs, as written (the reader sees them on hover). */
  timelineMarkTooltips(): Promise<string[]> {
    return this.page.locator('.timeline__glyph > title').allTextContents();
  }

  /** Every alert on the page (a crashed panel's message among them). */
  alerts(): Promise<string[]> {
    return this.page.getByRole('alert').allTextContents();
  }

  timelineSummary(): Promise<string> {
    return this.page.locator('.timeline__summary').innerText();
  }

  /**
   * Waits for a list row and says whether it lies wholly inside the panel's box, where the reader sees it: give or
   * take the fraction of a pixel that a scroll bringing a row to the panel's edge can leave over.
   */
  async isRowInView(name: string | RegExp): Promise<boolean> {
    const row = this.page.getByRole('button', { name });
    await row.waitFor();
    const box = await row.boundingBox();
    const panel = await this.page.locator('#panel').boundingBox();
    const slack = 1;
    return Boolean(
      box && panel && box.y >= panel.y - slack && box.y + box.height <= panel.y + panel.height + slack,
    );
  }

  /** Opens an incident from the list by its title, and waits for its detail. */
  async openIncident(title: string | RegExp): Promise<void> {
    await this.page.locator('#event-list').getByRole('button', { name: title }).click();
    await this.detail().waitFor();
  }

  async openFirstIncident(): Promise<void> {
    await this.listRows().first().click();
    await this.detail().waitFor();
  }

  async backToAllIncidents(): Promise<void> {
    await this.page.getByRole('button', { name: '← All incidents' }).click();
  }

  /** Waits until the open incident's heading reads `title`. */
  async expectDetailShows(title: string | RegExp | null): Promise<void> {
    const heading = this.detailHeading();
    if (title === null) {
      await heading.first().waitFor();
      return;
    }
    await heading.filter({ hasText: title }).first().waitFor();
    const shown = (await heading.textContent()) ?? '';
    if (typeof title === 'string' ? shown !== title : !title.test(shown)) {
      throw new Error(`The detail shows "${shown}", not "${String(title)}".`);
    }
  }

  async waitForDetail(): Promise<void> {
    await this.detail().waitFor();
  }

  /** The open incident's heading, once it is shown. */
  async detailTitle(): Promise<string | null> {
    return this.detailHeading().textContent();
  }

  async detailText(): Promise<string> {
    return (await this.detail().textContent()) ?? '';
  }

  async isDetailOpen(): Promise<boolean> {
    return (await this.detail().count()) > 0;
  }

  async waitForDetailClosed(): Promise<void> {
    await this.detail().waitFor({ state: 'detached' });
  }

  async isDetailHeadingVisible(): Promise<boolean> {
    return this.detailHeading().isVisible();
  }

  async sourceLinkCount(): Promise<number> {
    return this.sourceLinks().count();
  }

  async firstSourceHref(): Promise<string | null> {
    return this.sourceLinks().first().getAttribute('href');
  }

  /** A source link's protocol and how many elements it holds, to prove hostile text stayed one plain link. */
  async sourceLinkShape(name: RegExp): Promise<[string, number]> {
    return this.detail()
      .getByRole('link', { name })
      .evaluate((link) => [(link as HTMLAnchorElement).protocol, link.children.length] as [string, number]);
  }

  /** Copies the incident's link with its button, waits for the confirmation and returns the clipboard. */
  async copyLink(): Promise<string> {
    await this.detail().getByRole('button', { name: 'Copy link' }).click();
    await this.detail().getByText('Link copied.').waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The ids of the incidents the list shows, sorted. */
  async listedIds(): Promise<string[]> {
    const ids = await this.page
      .locator('#event-list [data-event-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id') ?? ''));
    return ids.sort();
  }

  async rowTitles(): Promise<string[]> {
    return this.page.locator('#event-list .event-row__title').allTextContents();
  }

  async listRowCount(): Promise<number> {
    return this.listRows().count();
  }

  /** How many incident rows the reader can see (a hidden list counts none). */
  async shownListRows(): Promise<number> {
    return this.page.locator('#event-list li').filter({ visible: true }).count();
  }

  async listButtonCount(): Promise<number> {
    return this.page.locator('#event-list').getByRole('button').count();
  }

  async searchText(): Promise<string> {
    return this.page.getByRole('searchbox').inputValue();
  }

  // ---- Filters, theme, legend ----------------------------------------------------------------------------

  async filterByThread(name: string | RegExp): Promise<void> {
    await this.page.getByRole('checkbox', { name }).check();
  }

  async isChecked(name: string | RegExp): Promise<boolean> {
    return this.page.getByRole('checkbox', { name }).isChecked();
  }

  async chooseTheme(name: 'Light' | 'Dark' | 'System'): Promise<void> {
    await this.page.getByRole('radio', { name }).check();
  }

  /** The theme the page is drawn in (`data-theme` on <html>). */
  async theme(): Promise<string | undefined> {
    return this.page.evaluate(() => document.documentElement.dataset.theme);
  }

  private legendToggle(): Locator {
    return this.page.getByRole('button', { name: 'Map legend' });
  }

  /** Opens the legend on the map, unless it is open already. */
  async openLegend(): Promise<void> {
    await this.legendToggle().waitFor(MAP_WAIT);
    if ((await this.legendToggle().getAttribute('aria-expanded')) !== 'true')
      await this.legendToggle().click();
  }

  /** Folds or unfolds the legend with a tap (or a click). */
  async toggleLegend(): Promise<void> {
    await this.legendToggle().click();
  }

  async isLegendOpen(): Promise<boolean> {
    await this.legendToggle().waitFor(MAP_WAIT);
    return (await this.legendToggle().getAttribute('aria-expanded')) === 'true';
  }

  async legendText(): Promise<string | null> {
    return this.page.locator('.map-legend').textContent();
  }

  /** The legend's entries in reading order, as far as a reader can see them without scrolling anything. */
  legendInSight(): Promise<{
    entries: string[];
    allInSight: boolean;
    toggleInSight: boolean;
    pageScrolled: boolean;
  }> {
    return this.page.evaluate(() => {
      const inSight = (element: Element) => {
        const box = element.getBoundingClientRect();
        const map = document.querySelector('.map-frame, .static-map')?.getBoundingClientRect();
        if (!map || box.width === 0 || box.height === 0) return false;
        const onTop = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return (
          box.top >= map.top &&
          box.bottom <= Math.min(map.bottom, window.innerHeight) &&
          box.left >= map.left &&
          box.right <= map.right &&
          Boolean(onTop && element.contains(onTop))
        );
      };
      const items = [...document.querySelectorAll('.map-legend li')].filter(
        (item) => item.getBoundingClientRect().height > 0,
      );
      const toggle = document.querySelector('.map-legend button');
      return {
        entries: items.map((item) => item.querySelector(':scope > span')?.textContent ?? ''),
        allInSight: items.length > 0 && items.every(inSight),
        toggleInSight: Boolean(toggle && inSight(toggle)),
        pageScrolled: window.scrollY !== 0,
      };
    });
  }

  async legendClusterEntries(): Promise<number> {
    return this.page.locator('.map-legend [data-entry="clusters"]').count();
  }

  /** What the map says over itself while a filter is on ('' when it says nothing), and whether it offers to frame. */
  async mapHint(): Promise<{ message: string; button: string | null }> {
    const hint = this.page.locator('.map-hint');
    if (!(await hint.count())) return { message: '', button: null };
    const button = hint.getByRole('button');
    return {
      // An empty status is not drawn, so it is read by its class rather than its (hidden) role.
      message: (await hint.locator('.map-hint__message').textContent()) ?? '',
      button: (await button.count()) ? await button.textContent() : null,
    };
  }

  /** How many of a layer's drawn points sit under the open legend (none, if it is folded). */
  pointsUnderLegend(layerId: LayerId): Promise<number> {
    return this.page.evaluate((id) => {
      const map = window.flashpointAtlas?.map;
      const legend = document.querySelector('.map-legend[data-open]')?.getBoundingClientRect();
      if (!map?.getLayer(id) || !legend) return 0;
      const canvas = map.getCanvas().getBoundingClientRect();
      return map.queryRenderedFeatures({ layers: [id] }).filter((feature) => {
        if (feature.geometry.type !== 'Point') return false;
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        const { x, y } = map.project([lon, lat]);
        const [left, top] = [canvas.left + x, canvas.top + y];
        return left >= legend.left && left <= legend.right && top >= legend.top && top <= legend.bottom;
      }).length;
    }, layerId);
  }

  /** Presses the map's button that frames the incidents matching the filters. */
  async frameMatches(): Promise<void> {
    await this.page.locator('.map-hint').getByRole('button').click();
  }

  /** The label shown at a hovered or focused symbol, with where it sits and whether it lets the pointer through. */
  hoverLabel(): Promise<{
    text: string;
    box: { left: number; top: number; right: number; bottom: number };
    map: { left: number; top: number; right: number; bottom: number };
    passesPointer: boolean;
  } | null> {
    return this.page.evaluate(() => {
      const label = document.querySelector<HTMLElement>('.hover-label');
      const map = document.querySelector('.map-canvas')?.getBoundingClientRect();
      if (!label || label.hidden || !map) return null;
      const box = label.getBoundingClientRect();
      const frame = (rect: DOMRect) => ({
        left: rect.left,
        top: rect.top,
        right: rect.right,
        bottom: rect.bottom,
      });
      return {
        text: label.innerText,
        box: frame(box),
        map: frame(map),
        passesPointer: getComputedStyle(label).pointerEvents === 'none',
      };
    });
  }

  /** Moves the pointer off the map, onto the page's header. */
  async movePointerAway(): Promise<void> {
    await this.page.mouse.move(5, 5);
  }

  // ---- The timeline --------------------------------------------------------------------------------------

  async pickPreset(name: string): Promise<void> {
    await this.timeline().getByRole('button', { name }).click();
  }

  async openTimelineOptions(): Promise<void> {
    await this.page.getByText(/^Options/).click();
  }

  /** Focuses one handle of the brush ("Window start" or "Window end") and presses keys on it. */
  async brushWithKeys(handle: 'Window start' | 'Window end', keys: string[]): Promise<void> {
    await this.timeline().getByRole('slider', { name: handle }).focus();
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** What a brush handle says to a screen reader: its value text, or its day number. */
  async brushHandle(
    handle: 'Window start' | 'Window end',
  ): Promise<{ text: string | null; day: number | null }> {
    const slider = this.timeline().getByRole('slider', { name: handle });
    const day = await slider.getAttribute('aria-valuenow');
    return { text: await slider.getAttribute('aria-valuetext'), day: day === null ? null : Number(day) };
  }

  /** Drags the brush with the mouse from a month's tick on the axis to just before the next break in it. */
  async brushTo(tick: string): Promise<void> {
    const from = await this.page
      .locator('.timeline__axis g', { hasText: tick })
      .locator('line')
      .boundingBox();
    const gap = await this.page.locator('.timeline__break rect').first().boundingBox();
    if (!from || !gap) throw new Error('The timeline axis is not drawn.');
    const y = from.y - 20;
    await this.page.mouse.move(from.x + 1, y);
    await this.page.mouse.down();
    await this.page.mouse.move(gap.x - 4, y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Waits until the playhead has moved on from where it first stood: playback is running. */
  async waitForPlaybackToAdvance(): Promise<void> {
    const playhead = this.page.locator('.timeline__playhead');
    // The playhead is a vertical line with no width, which Playwright never counts as visible.
    await playhead.waitFor({ state: 'attached' });
    const first = await playhead.getAttribute('x1');
    await this.page.waitForFunction(
      (start) => document.querySelector('.timeline__playhead')?.getAttribute('x1') !== start,
      first,
    );
  }

  // ---- The map -------------------------------------------------------------------------------------------

  /** The properties of every feature a layer currently draws. */
  renderedFeatures(layerId: LayerId): Promise<Record<string, unknown>[]> {
    return this.page.evaluate((id) => {
      const map = window.flashpointAtlas?.map;
      if (!map?.getLayer(id)) return [];
      return map.queryRenderedFeatures({ layers: [id] }).map((feature) => ({ ...feature.properties }));
    }, layerId);
  }

  /** The names a symbol layer has placed on screen right now (a name MapLibre hid in a collision is not there). */
  namesDrawn(layerId: LayerId): Promise<string[]> {
    return this.page.evaluate((id) => {
      const map = window.flashpointAtlas?.map;
      if (!map?.getLayer(id)) return [];
      const names = map
        .queryRenderedFeatures({ layers: [id] })
        .map((feature) => String(feature.properties.name));
      return [...new Set(names)];
    }, layerId);
  }

  /** Moves the camera the way a link does and waits for the map to come to rest there. */
  async jumpTo(camera: { zoom: number; lat: number; lon: number }): Promise<void> {
    await this.page.evaluate(({ zoom, lat, lon }) => {
      window.flashpointAtlas?.map.jumpTo({ zoom, center: [lon, lat] });
    }, camera);
    await this.waitForMapIdle();
  }

  async layoutProperty(layerId: LayerId, name: 'text-font'): Promise<unknown> {
    return this.page.evaluate(
      ([id, property]) => window.flashpointAtlas?.map.getLayoutProperty(id, property),
      [layerId, name] as const,
    );
  }

  /** Where an event's symbol is on screen, or null when it is not drawn as itself (filtered, clustered, off-screen). */
  eventPixel(id: string): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate((wanted) => {
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
  }

  /** Clicks an event's symbol on the real canvas, at the pixel its coordinates project to. */
  async clickEventOnMap(id: string): Promise<void> {
    const pixel = await this.eventPixel(id);
    if (!pixel) throw new Error(`The event ${id} is not drawn on the map as itself.`);
    await this.canvas().click({ position: pixel });
  }

  async clickMapAt(position: { x: number; y: number }): Promise<void> {
    await this.canvas().click({ position });
  }

  async hoverMapAt(position: { x: number; y: number }): Promise<void> {
    await this.canvas().hover({ position });
  }

  /** Where the cluster bubble holding an incident is on screen, and its id; null when none holds it. */
  clusterHolding(eventId: string): Promise<{ x: number; y: number; clusterId: number } | null> {
    return this.page.evaluate(async (wanted) => {
      const map = window.flashpointAtlas?.map;
      const source = map?.getSource<import('maplibre-gl').GeoJSONSource>('event-clusters');
      if (!map || !source) return null;
      for (const bubble of map.queryRenderedFeatures({ layers: ['event-clusters'] })) {
        const clusterId = bubble.properties.cluster_id as number;
        const leaves = await source.getClusterLeaves(clusterId, Infinity, 0);
        if (bubble.geometry.type === 'Point' && leaves.some((leaf) => leaf.properties?.id === wanted)) {
          const { x, y } = map.project(bubble.geometry.coordinates as [number, number]);
          return { x, y, clusterId };
        }
      }
      return null;
    }, eventId);
  }

  /** The incidents drawn spread round a shared point, with where each is on screen. */
  spreadMembers(): Promise<{ id: string; title: string; x: number; y: number }[]> {
    return this.page.evaluate(() => {
      const map = window.flashpointAtlas?.map;
      if (!map?.getLayer('event-spread-points')) return [];
      return map.queryRenderedFeatures({ layers: ['event-spread-points'] }).map((feature) => {
        const { x, y } = map.project((feature.geometry as GeoJSON.Point).coordinates as [number, number]);
        return { id: String(feature.properties.id), title: String(feature.properties.title), x, y };
      });
    });
  }

  /** Puts keyboard focus on the map's stop for a cluster or incident ("cluster:12", "event:<id>"). */
  async focusMapStop(key: string): Promise<void> {
    await this.canvas().focus();
    const stop = this.page.locator(`.map-keys__stop[data-key="${key}"]`);
    await stop.waitFor({ state: 'attached' });
    await stop.focus();
  }

  /** The stop keyboard focus is on in the map ("event:<id>", "cluster:12"), and whether it is a spread member. */
  focusedStopAndSpread(): Promise<{ key: string; spread: boolean } | null> {
    return this.page.evaluate(() => {
      const focused = document.activeElement;
      if (!(focused instanceof HTMLElement) || !focused.matches('.map-keys__stop')) return null;
      return { key: focused.dataset.key ?? '', spread: 'spread' in focused.dataset };
    });
  }

  /** The incident row the list highlights, as a hover on the map or the list does. */
  highlightedRow(): Promise<string | null> {
    return this.page.evaluate(
      () =>
        document.querySelector('.event-row[data-hovered] [data-event-id]')?.getAttribute('data-event-id') ??
        null,
    );
  }

  /** Opens the Corrections view below the list and reads each listed correction: date, records and text. */
  async readCorrections(): Promise<{ date: string; records: string[]; text: string }[]> {
    const view = this.page.locator('details.corrections');
    await view.locator('summary').click();
    // The log's entries are drawn once the view opens.
    await view.locator('.corrections__item').first().waitFor();
    const items = view.getByRole('listitem').filter({ has: this.page.locator('time') });
    return Promise.all(
      (await items.all()).map(async (item) => ({
        date: (await item.locator('time').getAttribute('datetime')) ?? '',
        records: await item.getByRole('button').allTextContents(),
        text: (await item.locator('p').last().textContent()) ?? '',
      })),
    );
  }

  /** Opens a corrected record from the Corrections view by its title. */
  async openCorrectedRecord(title: string): Promise<void> {
    await this.page.locator('details.corrections').getByRole('button', { name: title }).first().click();
    await this.page.getByRole('article').getByRole('heading', { level: 2, name: title }).waitFor();
  }

  /** Turns the mouse wheel over wherever the pointer is (negative zooms in). */
  async scrollWheel(deltaY: number): Promise<void> {
    await this.page.mouse.wheel(0, deltaY);
  }

  async paintProperty(layerId: string, name: 'background-color'): Promise<unknown> {
    return this.page.evaluate(
      ([layer, property]) => window.flashpointAtlas?.map.getPaintProperty(layer, property),
      [layerId, name] as const,
    );
  }

  /** Picks two places on the map with the measuring tool and returns what it reports. */
  async measureDistance(from: [number, number], to: [number, number]): Promise<string | null> {
    await this.page.getByRole('button', { name: 'Measure distance' }).click();
    const ends = await this.page.evaluate(
      (points) => {
        const map = window.flashpointAtlas?.map;
        return map ? points.map((point) => map.project(point)) : [];
      },
      [from, to],
    );
    for (const end of ends) await this.canvas().click({ position: end });
    return this.page.getByRole('status').filter({ hasText: ' km (' }).textContent();
  }

  /** Counts, from now on, how often the map is handed new data for a source. */
  async countSourceUpdates(sourceId: string): Promise<() => Promise<number>> {
    await this.page.evaluate((id) => {
      const source = window.flashpointAtlas?.map.getSource(id) as unknown as {
        setData: (data: unknown) => unknown;
      };
      const original = source.setData.bind(source);
      Object.assign(window, { __setDataCalls: 0 });
      source.setData = (data) => {
        Object.assign(window, { __setDataCalls: Number(Reflect.get(window, '__setDataCalls')) + 1 });
        return original(data);
      };
    }, sourceId);
    return () => this.page.evaluate(() => Number(Reflect.get(window, '__setDataCalls')));
  }

  /** How many colours a sample of the map's pixels holds: a drawn map has many, a blank canvas one. */
  async distinctMapColours(): Promise<number> {
    const png = (await this.canvas().screenshot()).toString('base64');
    return this.page.evaluate(async (data) => {
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
  }

  /** Takes the map's WebGL context away (WEBGL_lose_context), as a GPU reset does, and waits for the map to notice. */
  async loseMapContext(): Promise<void> {
    await this.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.map-canvas canvas');
      const extension = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
      if (!extension) throw new Error('The map has no WebGL context to lose.');
      Object.defineProperty(window, '__loseContext', { value: extension, configurable: true });
      extension.loseContext();
    });
    await this.page.locator('.map-canvas[data-map-state="lost"]').waitFor();
  }

  /** Gives the context back; the map redraws without a reload. */
  async restoreMapContext(): Promise<void> {
    await this.page.evaluate(() =>
      (window as { __loseContext?: WEBGL_lose_context }).__loseContext?.restoreContext(),
    );
  }

  async featureState(source: string, id: string): Promise<Record<string, unknown> | undefined> {
    return this.page.evaluate(
      ([sourceId, featureId]): Record<string, unknown> | undefined =>
        window.flashpointAtlas?.map.getFeatureState({ source: sourceId, id: featureId }) as
          Record<string, unknown> | undefined,
      [source, id] as const,
    );
  }

  /** Live maps on the page (the container MapLibre draws in); none when the static map stands in. */
  async liveMapCount(): Promise<number> {
    return this.page.locator('.map-canvas').count();
  }

  async staticMapCount(): Promise<number> {
    return this.staticMapFigure().count();
  }

  async attributionLinkCount(name: string): Promise<number> {
    return this.page.locator('.maplibregl-ctrl-attrib').getByRole('link', { name }).count();
  }

  /** Canvases MapLibre made (none when it never ran). */
  async mapCanvasCount(): Promise<number> {
    return this.page.locator('.maplibregl-canvas').count();
  }

  // ---- The keyboard --------------------------------------------------------------------------------------

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Presses Tab, and only Tab, until the target has focus: the way a keyboard reader gets anywhere. */
  async tabTo(target: Target, limit = 250): Promise<number> {
    const wanted = this.locate(target);
    for (let presses = 1; presses <= limit; presses++) {
      await this.page.keyboard.press('Tab');
      if (await wanted.evaluate((element) => element === document.activeElement).catch(() => false))
        return presses;
    }
    throw new Error(`Tab never reached ${wanted.toString()} in ${limit} presses.`);
  }

  /** The focused element's text, or null when nothing has focus. */
  async focusedText(): Promise<string | null> {
    return this.page.evaluate(() =>
      document.activeElement && document.activeElement !== document.body
        ? document.activeElement.textContent
        : null,
    );
  }

  async focusedId(): Promise<string | undefined> {
    return this.page.evaluate(() => document.activeElement?.id);
  }

  /** Waits until focus is on the list row of this incident. */
  async waitForFocusOnRow(eventId: string): Promise<void> {
    await this.page.waitForFunction(
      (id) => document.activeElement?.getAttribute('data-event-id') === id,
      eventId,
    );
  }

  /** Puts focus on the map canvas, where Tab walks the keyboard stops over what the map draws. */
  async focusMap(): Promise<void> {
    await this.canvas().focus();
  }

  /** The map's keyboard stop that has focus: its key (event:… or cluster:…) and its accessible name. */
  async focusedMapStop(): Promise<{ key: string | null; label: string | null }> {
    const focused = this.page.locator('.map-keys__stop:focus');
    await focused.waitFor();
    return { key: await focused.getAttribute('data-key'), label: await focused.getAttribute('aria-label') };
  }

  async mapStopCount(): Promise<number> {
    return this.page.locator('.map-keys__stop').count();
  }

  // ---- The phone's sheet ---------------------------------------------------------------------------------

  /** The panel's box once it has come to rest (no transition running) at its snap point. */
  async settledPanel(): Promise<{ snap: string | undefined; height: number }> {
    await this.page.waitForFunction(() => {
      const panel = document.getElementById('panel');
      return Boolean(panel?.dataset.snap) && panel?.getAnimations().length === 0;
    });
    const snap = (await this.page.locator('#panel').getAttribute('data-snap')) ?? undefined;
    const box = await this.page.locator('#panel').boundingBox();
    return { snap, height: box?.height ?? 0 };
  }

  async panelSnap(): Promise<string | null> {
    return this.page.locator('#panel').getAttribute('data-snap');
  }

  async showMoreOfPanel(): Promise<void> {
    await this.page.getByRole('button', { name: /Show more of the incidents panel/ }).click();
  }

  async showLessOfPanel(): Promise<void> {
    await this.page.getByRole('button', { name: /Show less of the incidents panel/ }).click();
    await this.page.getByRole('button', { name: /Show more of the incidents panel/ }).waitFor();
  }

  // ---- Exports -------------------------------------------------------------------------------------------

  /** The incident count the export panel promises ("Download 12 incidents"). */
  async exportCount(): Promise<number> {
    const heading = await this.page.locator('#export-title').textContent();
    return Number(/Download (\d+) incident/.exec(heading ?? '')?.[1]);
  }

  /** Does what starts a download (a click, a key) and returns the file the browser receives. */
  async download(start: () => Promise<void>): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), start()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  }

  async click(target: Target): Promise<void> {
    await this.locate(target).click();
  }

  /** The map's size on screen, in CSS pixels. */
  async mapSize(): Promise<{ width: number; height: number }> {
    const box = await this.canvas().boundingBox();
    return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
  }

  /** How many pixels wide the map draws (its canvas), which a print export must give back afterwards. */
  mapPixelWidth(): Promise<number> {
    return this.canvas().evaluate((canvas) => (canvas as HTMLCanvasElement).width);
  }

  // ---- Messages and data problems ------------------------------------------------------------------------

  /** Waits for the page's alert and returns what it says. */
  async alertText(): Promise<string | null> {
    const alert = this.page.getByRole('alert');
    await alert.waitFor(LIST_WAIT);
    return alert.textContent();
  }

  /** Waits for the notice that a link's data file was not loaded, and returns what it says. */
  async refusedDataNotice(): Promise<string | null> {
    const notice = this.page.getByRole('status').filter({ hasText: /instead/ });
    await notice.waitFor(LIST_WAIT);
    return notice.textContent();
  }

  /** Waits until the side panel (or the phone's sheet) says `text`, and returns all it says. */
  async panelSays(text: string | RegExp): Promise<string> {
    const panel = this.page.locator('#panel');
    await panel.getByText(text).first().waitFor(LIST_WAIT);
    return (await panel.textContent()) ?? '';
  }

  async alertCount(): Promise<number> {
    return this.page.getByRole('alert').count();
  }

  async isRetryEnabled(): Promise<boolean> {
    return this.page.getByRole('button', { name: 'Retry' }).isEnabled();
  }

  async retry(): Promise<void> {
    await this.page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  }

  /** The data notice's list of problems, opened the way a reader would. */
  async dataProblems(): Promise<string[]> {
    const notice = this.page.locator('details.data-status');
    await notice.locator('summary').click();
    return notice.locator('li').allTextContents();
  }

  /** What must never happen, whatever a file holds: a script ran, markup became elements, a link went unsafe. */
  async pageSafety(): Promise<PageSafety> {
    return this.page.evaluate(() => ({
      hostile: (window as { __hostile?: unknown }).__hostile ?? null,
      images: document.querySelectorAll('#root img').length,
      inlineScripts: [...document.scripts].filter((script) => !script.src).length,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
      unsafeLinks: [...document.querySelectorAll('a[href]')]
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
    }));
  }

  // ---- The no-WebGL fallback -----------------------------------------------------------------------------

  /** The static map drawn instead of the live one: how many dots (links) and shapes (paths) it holds. */
  async staticMap(): Promise<{ links: number; paths: number }> {
    const map = this.staticMapFigure();
    await map.getByRole('link').first().waitFor();
    return { links: await map.getByRole('link').count(), paths: await map.locator('path').count() };
  }

  /** Opens an incident from the static map with the keyboard, by its dot's name. */
  async openIncidentFromStaticMap(name: RegExp): Promise<void> {
    await this.staticMapFigure().getByRole('link', { name }).focus();
    await this.page.keyboard.press('Enter');
    await this.page.getByRole('heading', { level: 2, name }).waitFor();
  }

  // ---- Security and accessibility checks -----------------------------------------------------------------

  /** Every axe violation (WCAG 2.1 A/AA and best practices, or axe's defaults), one line each, so a failure reads as a to-do list. */
  async axeViolations(options: { within?: string; everyDefaultRule?: boolean } = {}): Promise<string[]> {
    let builder = new AxeBuilder({ page: this.page });
    if (!options.everyDefaultRule) {
      builder = builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
    }
    if (options.within) builder = builder.include(options.within);
    const results = await builder.analyze();
    return results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? violation.help}`,
      ),
    );
  }

  /** Every Content-Security-Policy violation the page reported since it opened ("directive blocked-uri"). */
  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => [...((window as { __cspViolations?: string[] }).__cspViolations ?? [])]);
  }

  /** What the page has left behind in the reader's browser: storage keys, databases, cookies, service workers. */
  async leftBehind(): Promise<{ storage: number; databases: number; cookies: number; workers: number }> {
    const inPage = await this.page.evaluate(async () => ({
      storage: localStorage.length + sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    }));
    return { ...inPage, cookies: (await this.context.cookies()).length };
  }

  /** Tries to add an inline style, which the policy must block. */
  async tryInlineStyle(): Promise<void> {
    await this.page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
  }

  /** The headers the server sends with the atlas's page. */
  async servedHeaders(): Promise<Record<string, string>> {
    return (await this.page.request.get(this.baseUrl)).headers();
  }

  /** Fetches a JSON file from the page, as the app itself would. */
  async fetchJson<T>(path: string): Promise<T> {
    return this.page.evaluate(async (url) => (await fetch(url)).json() as Promise<T>, path);
  }

  /** Requests to any origin but the atlas's own. */
  foreignRequests(): string[] {
    const origin = new URL(this.baseUrl).origin;
    return this.requests.filter(
      (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
    );
  }

  /** SHOTS_DIR=/tmp/x keeps a picture of the page, to look at before calling a change done. */
  async screenshot(name: string): Promise<void> {
    if (process.env.SHOTS_DIR) await this.page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png` });
  }

  // ---- Languages ------------------------------------------------------------------------------------------

  /**
   * Words on screen that did not come through the catalogue, in a pseudo-locale: a run of three or more plain
   * ASCII letters in the header, panel, timeline or map controls (text and the aria-label, title and placeholder
   * attributes), outside the dataset's own text (`[data-content]`) and outside ar-XB's right-to-left runs.
   * Tooltips in SVG drawings (`<title>`) name their record and are left out, as is text the page does not render.
   */
  untranslatedText(): Promise<string[]> {
    return this.page.evaluate((regions) => {
      const found: string[] = [];
      const plainWords = (text: string) =>
        [...text.replace(/\u202e[^\u202c]*\u202c/g, ' ').matchAll(/[A-Za-z]{3,}/g)].map((match) => match[0]);
      for (const selector of regions) {
        const root = document.querySelector(selector);
        if (!root) {
          found.push(`${selector}: not on the page`);
          continue;
        }
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('[data-content], title, style, script') || !parent.checkVisibility())
            continue;
          for (const word of plainWords(node.textContent ?? ''))
            found.push(`${selector}: "${word}" in "${(node.textContent ?? '').trim().slice(0, 80)}"`);
        }
        for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
          if (element.closest('[data-content]')) continue;
          for (const name of ['aria-label', 'title', 'placeholder']) {
            const value = element.getAttribute(name) ?? '';
            for (const word of plainWords(value))
              found.push(`${selector}: "${word}" in ${name}="${value.slice(0, 80)}"`);
          }
        }
      }
      return found;
    }, LANGUAGE_REGIONS);
  }

  /**
   * Text in the header, panel and timeline that a reader cannot read whole: an element that hides what overflows
   * and has more than it shows, text running off the screen, or two pieces of text drawn over each other.
   */
  async clippedText(): Promise<string[]> {
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
    return this.page.evaluate(
      (regions) => {
        const found: string[] = [];
        const name = (element: Element) =>
          `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? ` class="${element.className}"` : ''}> "${(element.textContent ?? '').trim().slice(0, 50)}"`;
        const screen = new DOMRect(
          0,
          0,
          document.documentElement.clientWidth,
          document.documentElement.clientHeight,
        );
        const intersect = (a: DOMRect, b: DOMRect) => {
          const left = Math.max(a.left, b.left);
          const top = Math.max(a.top, b.top);
          return new DOMRect(
            left,
            top,
            Math.min(a.right, b.right) - left,
            Math.min(a.bottom, b.bottom) - top,
          );
        };
        /** The part of a box that is not scrolled out of view by the containers around it. */
        const shownPart = (rect: DOMRect, from: Element) => {
          let shown = rect;
          for (let element = from.parentElement; element; element = element.parentElement) {
            if (getComputedStyle(element).overflowY !== 'visible')
              shown = intersect(shown, element.getBoundingClientRect());
          }
          return shown;
        };
        /** Text kept for screen readers only, in a box of a pixel (an icon button's name on a phone). */
        const hiddenForReaders = (element: Element) => {
          for (let at: Element | null = element; at; at = at.parentElement) {
            if (at.clientWidth <= 1 && at.clientHeight <= 1 && getComputedStyle(at).position === 'absolute')
              return true;
          }
          return false;
        };
        const boxes: { rect: DOMRect; node: Node; element: Element }[] = [];
        for (const selector of regions) {
          const root = document.querySelector(selector);
          if (!root) continue;
          for (const element of [root, ...root.querySelectorAll('*')]) {
            if (
              !element.checkVisibility() ||
              element.closest('.visually-hidden, svg') ||
              hiddenForReaders(element)
            )
              continue;
            const style = getComputedStyle(element);
            const hides = /hidden|clip/.test(style.overflowX) || style.textOverflow === 'ellipsis';
            if (hides && element.scrollWidth > element.clientWidth + 1 && (element.textContent ?? '').trim())
              found.push(
                `${selector}: ${name(element)} is cut off (${element.scrollWidth} px in ${element.clientWidth} px)`,
              );
          }
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const element = node.parentElement;
            if (!element || !(node.textContent ?? '').trim() || element.closest('.visually-hidden, title'))
              continue;
            if (!element.checkVisibility() || hiddenForReaders(element)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const rect of range.getClientRects()) {
              const shown = shownPart(rect, element);
              if (shown.width <= 0 || shown.height <= 0) continue;
              if (intersect(shown, screen).width < shown.width - 1)
                found.push(`${selector}: ${name(element)} runs off the screen`);
              boxes.push({ rect: shown, node, element });
            }
          }
        }
        for (let i = 0; i < boxes.length; i += 1) {
          for (let j = i + 1; j < boxes.length; j += 1) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            if (a.node === b.node) continue;
            const both = intersect(a.rect, b.rect);
            // Neighbouring lines may touch; text drawn over text overlaps by a good part of a line.
            if (both.width > 2 && both.height > 0.3 * Math.min(a.rect.height, b.rect.height))
              found.push(`${name(a.element)} overlaps ${name(b.element)}`);
          }
        }
        return [...new Set(found)];
      },
      ['.shell__header', '#panel', '.shell__timeline'],
    );
  }

  /** Which side of the page the layout put each part on; the map's own controls are never mirrored. */
  layoutSides(): Promise<Record<'panel' | 'title' | 'headerControls' | 'transport' | 'mapControls', string>> {
    return this.page.evaluate(() => {
      const box = (selector: string) => {
        const element = document.querySelector(selector);
        if (!element) throw new Error(`${selector} is not on the page`);
        return element.getBoundingClientRect();
      };
      const middle = (rect: DOMRect) => rect.left + rect.width / 2;
      /** Where an element's words are, not its box: a title's box stretches across a header its words do not fill. */
      const words = (selector: string) => {
        const element = document.querySelector(selector);
        if (!element) throw new Error(`${selector} is not on the page`);
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let left = Infinity;
        let right = -Infinity;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) {
            left = Math.min(left, rect.left);
            right = Math.max(right, rect.right);
          }
        }
        return left < right ? new DOMRect(left, 0, right - left, 0) : box(selector);
      };
      /** The edge of `whole` that `part` sits nearer to. */
      const sideWithin = (part: string, whole: string, measure = box) => {
        const inner = measure(part);
        const outer = box(whole);
        return inner.left - outer.left < outer.right - inner.right ? 'left' : 'right';
      };
      const map = box('.shell__map');
      const panel = box('#panel');
      return {
        panel: panel.left >= map.right - 1 ? 'right' : panel.right <= map.left + 1 ? 'left' : 'over the map',
        title: sideWithin('.shell__title', '.shell__header', words),
        headerControls: sideWithin('.shell__actions', '.shell__header'),
        transport:
          middle(box('.timeline__bar > :first-child')) < middle(box('.timeline__more')) ? 'left' : 'right',
        mapControls: sideWithin('.maplibregl-ctrl-top-right', '.shell__map'),
      };
    });
  }

  // ---- Present mode --------------------------------------------------------------------------------------

  /** Waits until chapter `step` is on screen, the camera has settled on its view and its text is revealed. */
  async waitForChapter(step: number): Promise<void> {
    await this.page
      .locator(`.chapter[data-settled="true"]`)
      .filter({ hasText: new RegExp(`^Chapter ${step} of \\d+`) })
      .waitFor(MAP_WAIT);
    await this.waitForMapIdle();
  }

  /** The chapter as the class reads it. */
  async chapter(): Promise<{ count: string; title: string; body: string }> {
    const article = this.page.locator('.chapter');
    return {
      count: (await article.locator('.chapter__count').textContent()) ?? '',
      title: (await article.getByRole('heading', { level: 2 }).textContent()) ?? '',
      body: (await article.locator('.chapter__body').textContent()) ?? '',
    };
  }

  /** The ids of the incidents the chapter draws larger and names (its highlight layer), sorted. */
  async highlightedIncidents(): Promise<string[]> {
    const features = await this.renderedFeatures(LAYER.chapterEvents);
    return [...new Set(features.map((feature) => String(feature.id)))].sort();
  }

  /** The camera the map rests on. */
  camera(): Promise<{ lon: number; lat: number; zoom: number; bounds: [number, number, number, number] }> {
    return this.page.evaluate(() => {
      const map = window.flashpointAtlas!.map;
      const { lng, lat } = map.getCenter();
      const bounds = map.getBounds();
      return {
        lon: lng,
        lat,
        zoom: map.getZoom(),
        bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      };
    });
  }

  /** Which colour the screen is blanked to, or null while the chapter shows. */
  blankScreen(): Promise<string | null> {
    return this.page.evaluate(
      () => document.querySelector('.present__blank')?.className.match(/--(\w+)/)?.[1] ?? null,
    );
  }

  /** Drags one finger across the chapter's text, leftwards or rightwards, as a swipe on a touch screen. */
  async swipeChapter(direction: 'left' | 'right'): Promise<void> {
    const box = await this.page.locator('.present__panel').boundingBox();
    if (!box) throw new Error('The chapter panel is not on screen.');
    const y = box.y + box.height / 2;
    const [from, to] = direction === 'left' ? [0.8, 0.2] : [0.2, 0.8];
    const at = (share: number) => [{ x: box.x + box.width * share, y }];
    const touch = await this.context.newCDPSession(this.page);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from) });
    for (const step of [0.25, 0.5, 0.75, 1]) {
      await touch.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: at(from + (to - from) * step),
      });
    }
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await touch.detach();
  }

  /** Whether the page fills the screen through the Fullscreen API. */
  isFullscreen(): Promise<boolean> {
    return this.page.evaluate(() => document.fullscreenElement !== null);
  }

  /** The presenter-view button as the teacher finds it: its name and whether it can be pressed. */
  async presenterViewButton(): Promise<{ name: string; enabled: boolean }> {
    const button = this.page.getByRole('navigation').getByRole('button', { name: /^Presenter view/ });
    return { name: (await button.textContent()) ?? '', enabled: await button.isEnabled() };
  }

  /** Whether the atlas is presenting, as the link says and the room's screen shows. */
  async isPresenting(): Promise<boolean> {
    const presenting = await this.page.locator('.present').count();
    return presenting > 0 && this.url().searchParams.get('mode') === 'present';
  }

  /** Clicks the presenter-view button and returns the teacher's window once it shows its chapter. */
  async openPresenterView(): Promise<PresenterWindow> {
    const [popup] = await Promise.all([
      this.context.waitForEvent('page'),
      this.page.getByRole('button', { name: 'Presenter view' }).click(),
    ]);
    const presenter = new PresenterWindow(popup, this.context, this.baseUrl);
    await popup.getByRole('heading', { level: 1, name: 'Presenter view' }).waitFor(MAP_WAIT);
    return presenter;
  }

  /** Clicks "Print handout" and waits until every chapter's picture is taken and the page has asked to print. */
  async printHandout(): Promise<void> {
    await this.page.evaluate(() => {
      // Headless Chromium has no print dialog: the call is recorded, and handoutPdf() prints what it would.
      window.print = () => document.body.setAttribute('data-printed', 'true');
    });
    await this.page.getByRole('button', { name: 'Print handout' }).click();
    await this.page
      .locator('body[data-printed="true"] .handout[data-ready="true"]')
      .waitFor({ ...HANDOUT_WAIT, state: 'attached' });
  }

  /** The printed handout on a paper size: its page count and the text of each handout page as printed. */
  async handoutPdf(format: 'A4' | 'Letter'): Promise<{ pages: number; text: string[] }> {
    await this.page.emulateMedia({ media: 'print' });
    const text = await this.page
      .locator('.handout__page')
      .evaluateAll((pages) => pages.map((page) => (page as HTMLElement).innerText));
    const pdf = await this.page.pdf({ format });
    await this.page.emulateMedia({ media: 'screen' });
    if (process.env.SHOTS_DIR) writeFileSync(`${process.env.SHOTS_DIR}/handout-${format}.pdf`, pdf);
    // The page tree's root says how many pages there are (Chromium writes it uncompressed).
    const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)];
    return { pages: Math.max(0, ...counts.map((match) => Number(match[1]))), text };
  }

  /** The handout's pictures that came out blank (every pixel the same colour), by chapter. */
  /** Each handout picture's width over its height. */
  async handoutPictureShapes(): Promise<number[]> {
    return this.page
      .locator('.handout__map img')
      .evaluateAll((images) =>
        images.map(
          (image) => (image as HTMLImageElement).naturalWidth / (image as HTMLImageElement).naturalHeight,
        ),
      );
  }

  async blankHandoutPictures(): Promise<number[]> {
    return this.page.locator('.handout__map img').evaluateAll((images) =>
      images.flatMap((image, index) => {
        const picture = image as HTMLImageElement;
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const context = canvas.getContext('2d')!;
        context.drawImage(picture, 0, 0, 64, 64);
        const data = context.getImageData(0, 0, 64, 64).data;
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 4)
          colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        return colours.size < 8 ? [index + 1] : [];
      }),
    );
  }

  // ---- Locators shared by the verbs above ----------------------------------------------------------------

  private listRows(): Locator {
    return this.page.locator('#event-list button');
  }

  // ---- The embed builder --------------------------------------------------------------------------------

  /** Opens the embed builder from explore's header and waits for its dialog and its preview's map. */
  async openEmbedBuilder(): Promise<void> {
    await this.page.getByRole('button', { name: 'Embed', exact: true }).click();
    await this.embedBuilder().waitFor(MAP_WAIT);
  }

  async isEmbedBuilderOpen(): Promise<boolean> {
    return this.embedBuilder().isVisible();
  }

  async waitForEmbedBuilderClosed(): Promise<void> {
    await this.embedBuilder().waitFor({ state: 'detached' });
  }

  /** Ticks a radio button or checkbox of the builder by its label (or unticks a checkbox). */
  async setEmbedOption(label: string | RegExp, checked = true): Promise<void> {
    await this.embedBuilder()
      .getByLabel(label, { exact: typeof label === 'string' })
      .setChecked(checked);
  }

  async selectEmbedOption(label: string, option: string | RegExp): Promise<void> {
    const select = this.embedBuilder().getByLabel(label, { exact: true });
    const options = await select.locator('option').allTextContents();
    const wanted = options.find((text) => (typeof option === 'string' ? text === option : option.test(text)));
    if (wanted === undefined) throw new Error(`${label} offers no ${String(option)}: ${options.join(' | ')}`);
    await select.selectOption({ label: wanted });
  }

  /** The snippet the builder shows: the frame alone, the frame with embed.js, or pym.js's holder. */
  async embedSnippet(kind: SnippetKind): Promise<string> {
    return this.embedBuilder().getByLabel(SNIPPET_LABEL[kind], { exact: true }).inputValue();
  }

  /** Presses the snippet's Copy button and reads what reached the clipboard (open with `clipboard: true`). */
  async copyEmbedSnippet(kind: 'frame' | 'script'): Promise<string> {
    const name = kind === 'frame' ? 'Copy the frame' : 'Copy the frame and script';
    await this.embedBuilder().getByRole('button', { name, exact: true }).click();
    await this.embedBuilder().getByRole('status').getByText('Copied.').waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The preview frame's address and the size the embed lays itself out in (before any shrinking to fit). */
  embedPreview(): Promise<{ src: string; width: number; height: number }> {
    return this.embedBuilder()
      .locator('iframe')
      .evaluate((frame: HTMLIFrameElement) => ({
        src: frame.src,
        width: frame.offsetWidth,
        height: frame.offsetHeight,
      }));
  }

  /** The preview's own content height, read together with the frame's: 0 once the frame has followed it. */
  embedPreviewMisfit(): Promise<number> {
    const frame = this.embedBuilder().locator('iframe');
    return Promise.all([
      frame.evaluate((element: HTMLIFrameElement) => element.offsetHeight),
      this.page
        .frameLocator('dialog iframe')
        .locator('.embed')
        .evaluate((element) => Math.ceil(element.getBoundingClientRect().height)),
    ]).then(([outer, inner]) => outer - inner);
  }

  /** Waits until the preview has drawn its map. */
  async waitForEmbedPreviewMap(): Promise<void> {
    await this.page
      .frameLocator('dialog iframe')
      .locator('.map-canvas[data-map-state="idle"]')
      .waitFor(MAP_WAIT);
  }

  /** Moves keyboard focus into the builder's live preview, onto the embed's "Open the full map" link. */
  async focusInEmbedPreview(): Promise<void> {
    await this.page.frameLocator('dialog iframe').getByRole('link', { name: 'Open the full map' }).focus();
  }

  /** Whether keyboard focus is inside the builder's dialog (its preview frame counts). */
  focusIsInEmbedBuilder(): Promise<boolean> {
    return this.page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')));
  }

  /**
   * What has focus on the page behind the builder, or null: past the dialog's last control Tab goes to the
   * browser's own toolbar (the page then reports its body), as a native modal dialog does, and back in.
   */
  focusBehindEmbedBuilder(): Promise<string | null> {
    return this.page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body || focused.closest('dialog[open]')) return null;
      return focused.outerHTML.slice(0, 120);
    });
  }

  /** The accessible name of whatever has focus on the page (button text, label), for checking where focus went. */
  focusedName(): Promise<string | null> {
    return this.page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return null;
      return focused.getAttribute('aria-label') ?? focused.textContent?.trim() ?? null;
    });
  }

  /** The page's language and direction, as `<html lang dir>` says them. */
  pageLanguage(): Promise<{ lang: string; dir: string }> {
    return this.page.evaluate(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
    }));
  }

  /** Where the embed's "Open the full map" goes (in any language), read as a reader about to press it. */
  async fullMapHref(): Promise<string | null> {
    const link = this.page.locator('a.embed__full-map');
    await link.focus();
    return link.getAttribute('href');
  }

  /** What the page shows a reader without JavaScript: the map's picture (drawn or not), its alt text, the list. */
  async withoutScripts(): Promise<{ pictureDrawn: boolean; alt: string | null; incidents: string[] }> {
    const picture = this.page.getByRole('img').first();
    await picture.waitFor();
    return {
      pictureDrawn: await picture.evaluate(
        (image: HTMLImageElement) => image.complete && image.naturalWidth > 0 && image.offsetHeight > 0,
      ),
      alt: await picture.getAttribute('alt'),
      incidents: await this.page.locator('.noscript__list li').allTextContents(),
    };
  }

  // ---- Gestures on the map -------------------------------------------------------------------------------

  /** Drags the map with the mouse from its middle by (dx, dy) pixels, as a reader panning does. */
  async dragMap(dx: number, dy: number): Promise<void> {
    const box = await this.canvas().boundingBox();
    if (!box) throw new Error('The page shows no map.');
    await dragFromMiddle(this.page, box, dx, dy);
  }

  /** Turns the wheel over the map's middle, holding Ctrl as cooperative gestures ask (negative zooms in). */
  async zoomMapWithWheel(deltaY: number): Promise<void> {
    const box = await this.canvas().boundingBox();
    if (!box) throw new Error('The page shows no map.');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.keyboard.down('Control');
    await this.page.mouse.wheel(0, deltaY);
    await this.page.keyboard.up('Control');
  }

  /** The camera as the link writes it (zoom/lat/lon), read from the live map. */
  cameraText(): Promise<string> {
    return this.page.evaluate(() => {
      const map = window.flashpointAtlas!.map;
      const { lng, lat } = map.getCenter();
      return `${map.getZoom().toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`;
    });
  }

  private embedBuilder(): Locator {
    return this.page.getByRole('dialog', { name: 'Embed this map in an article' });
  }

  private detail(): Locator {
    return this.page.getByRole('article');
  }

  private detailHeading(): Locator {
    return this.detail().getByRole('heading', { level: 2 });
  }

  private sourceLinks(): Locator {
    return this.detail().getByRole('region', { name: 'Sources' }).getByRole('link');
  }

  private timeline(): Locator {
    return this.page.getByRole('region', { name: 'Timeline' });
  }

  private canvas(): Locator {
    return this.page.locator('.map-canvas canvas');
  }

  private staticMapFigure(): Locator {
    return this.page.getByRole('figure', { name: /static map of the incidents/i });
  }

  private locate({ role, name, in: scope }: Target): Locator {
    if (scope === 'sources') return this.sourceLinks().first();
    const root = scope === 'list' ? this.page.locator('#event-list') : this.page;
    return root.getByRole(role, name === undefined ? {} : { name });
  }
}

/** The article's first frame, where the tests put the atlas. */
const ATLAS_FRAME = 'iframe:first-of-type';

/**
 * A newsroom's article on another origin than the atlas, framing it: what the article posts into its frames,
 * what it hears back, and what a reader of the article sees of the embedded atlas.
 */
export class HostPage extends Atlas {
  constructor(
    page: Page,
    context: BrowserContext,
    baseUrl: string,
    private readonly server: HostServer,
  ) {
    super(page, context, baseUrl);
  }

  override async listen(): Promise<void> {
    await super.listen();
    await this.page.addInitScript(() => {
      if (window.top !== window) return;
      const heard: unknown[] = [];
      Object.defineProperty(window, '__hostMessages', { value: heard });
      window.addEventListener('message', (event) => heard.push(event.data));
    });
  }

  override async close(): Promise<void> {
    await super.close();
    await this.server.close();
  }

  /** Posts a message from the article into a frame, addressed to the atlas's origin (or '*' for a sandboxed one). */
  async post(message: unknown, options: { frame?: string; targetOrigin?: string } = {}): Promise<void> {
    const { frame = ATLAS_FRAME, targetOrigin = new URL(this.baseUrl).origin } = options;
    await this.page.evaluate(
      ({ message, frame, targetOrigin }) =>
        document.querySelector<HTMLIFrameElement>(frame)?.contentWindow?.postMessage(message, targetOrigin),
      { message, frame, targetOrigin },
    );
  }

  /** Posts from another frame on the article (an advert, say) into the atlas's, which the atlas must not obey. */
  async postFromOtherFrame(message: unknown, frame = '#other'): Promise<void> {
    const other = await (await this.page.locator(frame).elementHandle())?.contentFrame();
    await other?.evaluate(
      (data) => window.parent.document.querySelector('iframe')?.contentWindow?.postMessage(data, '*'),
      message,
    );
  }

  /** Every message the article's window has received, in order. */
  messages(): Promise<unknown[]> {
    return this.page.evaluate(() => [...((window as { __hostMessages?: unknown[] }).__hostMessages ?? [])]);
  }

  /** The frame's height on the article, in CSS pixels. */
  frameHeight(frame = ATLAS_FRAME): Promise<number> {
    return this.page.evaluate(
      (selector) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0,
      frame,
    );
  }

  /** The embed's own height as it lays itself out inside the frame, in whole CSS pixels. */
  contentHeight(frame = ATLAS_FRAME): Promise<number> {
    return this.frame(frame)
      .locator('.embed')
      .evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
  }

  /**
   * How far the frame's height is from the embed's own: 0 once the host has followed it.
   * Both are read in one poll because the embed may still grow (a card's sources, a font) while the host catches up.
   */
  frameMisfit(frame = ATLAS_FRAME): Promise<number> {
    return Promise.all([this.frameHeight(frame), this.contentHeight(frame)]).then(
      ([outer, inner]) => outer - inner,
    );
  }

  /** How many incident details the framed atlas shows whose heading names `title`. */
  detailsShown(title: RegExp, frame = ATLAS_FRAME): Promise<number> {
    return this.frame(frame).getByRole('heading', { level: 2, name: title }).count();
  }

  override async expectDetailShows(title: string | RegExp | null, frame = ATLAS_FRAME): Promise<void> {
    await this.frame(frame)
      .getByRole('heading', { level: 2, name: title ?? undefined })
      .waitFor(MAP_WAIT);
  }

  override async waitForDetailClosed(frame = ATLAS_FRAME): Promise<void> {
    await this.frame(frame).getByRole('article').waitFor({ state: 'detached' });
  }

  /** The theme the framed atlas shows (`light` or `dark`). */
  frameTheme(frame = ATLAS_FRAME): Promise<string | null> {
    return this.frame(frame).locator('html').getAttribute('data-theme');
  }

  /** The first row of the framed atlas's incident list, as read aloud. */
  firstListRow(frame = ATLAS_FRAME): Promise<string | null> {
    return this.frame(frame).locator('#event-list li').first().textContent();
  }

  /** Scrolls the article to the framed atlas and waits until it has drawn its map and come to rest. */
  async waitForFrameMap(frame = ATLAS_FRAME): Promise<void> {
    // Chromium stops drawing frames of another site that are off screen, as a reader who has not scrolled there.
    await this.page.locator(frame).scrollIntoViewIfNeeded();
    await this.frame(frame).locator('.map-canvas[data-map-state="idle"]').waitFor(MAP_WAIT);
  }

  /** Waits until the framed atlas shows its static map (the live one could not start there). */
  async waitForFrameStaticMap(frame = ATLAS_FRAME): Promise<void> {
    await this.frame(frame)
      .getByRole('figure', { name: /static map of the incidents/i })
      .waitFor(MAP_WAIT);
  }

  /** Opens an incident from the framed atlas's list by its title, as a reader inside the frame does. */
  async openIncidentInFrame(title: RegExp, frame = ATLAS_FRAME): Promise<void> {
    await this.clickInFrame(
      frame,
      this.frame(frame).locator('#event-list').getByRole('button', { name: title }),
    );
    await this.expectDetailShows(title, frame);
  }

  /** Closes the framed atlas's open incident with its own button. */
  async closeIncidentInFrame(frame = ATLAS_FRAME): Promise<void> {
    await this.clickInFrame(frame, this.frame(frame).getByRole('button', { name: /All incidents/ }));
    await this.waitForDetailClosed(frame);
  }

  /** Turns the mouse wheel over the middle of the frame's map, as a reader scrolling the article does. */
  async wheelOverFrameMap(deltaY: number, frame = ATLAS_FRAME): Promise<void> {
    const box = await this.frame(frame).locator('.map-canvas canvas').boundingBox();
    if (!box) throw new Error('The framed atlas shows no map.');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }

  /** Drags the frame's map with the mouse from its middle by (dx, dy) pixels, as a reader panning does. */
  async dragFrameMap(dx: number, dy: number, frame = ATLAS_FRAME): Promise<void> {
    const box = await this.frame(frame).locator('.map-canvas canvas').boundingBox();
    if (!box) throw new Error('The framed atlas shows no map.');
    await dragFromMiddle(this.page, box, dx, dy);
  }

  /** Where the frame's "Open the full map" goes, read as a reader about to press it. */
  async frameFullMapHref(frame = ATLAS_FRAME): Promise<string | null> {
    const link = this.frame(frame).locator('a.embed__full-map');
    await link.focus();
    return link.getAttribute('href');
  }

  /** Presses the frame's "Open the full map" and returns the tab it opens. */
  async openFullMapFromFrame(frame = ATLAS_FRAME): Promise<Atlas> {
    const [tab] = await Promise.all([
      this.page.waitForEvent('popup'),
      this.clickInFrame(frame, this.frame(frame).getByRole('link', { name: 'Open the full map' })),
    ]);
    await tab.waitForLoadState();
    return new Atlas(tab, this.context, this.baseUrl);
  }

  /** The framed atlas's open incident card: how tall it shows its body, and how tall that body's content is. */
  frameCard(frame = ATLAS_FRAME): Promise<{ shown: number; content: number }> {
    return this.frame(frame)
      .locator('.embed-card__body')
      .evaluate((body) => ({ shown: body.clientHeight, content: body.scrollHeight }));
  }

  /** The framed map's height on screen, in CSS pixels. */
  frameMapHeight(frame = ATLAS_FRAME): Promise<number> {
    return this.frame(frame)
      .locator('.map-canvas')
      .evaluate((element) => Math.round(element.getBoundingClientRect().height));
  }

  /** Whether the framed atlas's map legend is open. */
  frameLegendOpen(frame = ATLAS_FRAME): Promise<boolean> {
    return this.frame(frame)
      .getByRole('button', { name: 'Map legend' })
      .evaluate((element) => element.getAttribute('aria-expanded') === 'true');
  }

  /** The address the framed atlas was opened at, as its own page reads it. */
  frameAddress(frame = ATLAS_FRAME): Promise<string> {
    return this.frame(frame)
      .locator('html')
      .evaluate(() => window.location.href);
  }

  /** How far the article is scrolled, in CSS pixels. */
  pageScrollY(): Promise<number> {
    return this.page.evaluate(() => window.scrollY);
  }

  /** The framed map's camera as the link writes it (zoom/lat/lon); null before the map exists. */
  frameCamera(frame = ATLAS_FRAME): Promise<string | null> {
    return this.frame(frame)
      .locator('html')
      .evaluate(() => {
        const map = window.flashpointAtlas?.map;
        if (!map) return null;
        const { lng, lat } = map.getCenter();
        return `${map.getZoom().toFixed(2)}/${lat.toFixed(4)}/${lng.toFixed(4)}`;
      });
  }

  /**
   * The framed map's camera once it has come to rest (zoom, lat, lon), or null while it moves or before it exists;
   * rest and camera are read in one go, so a camera passing through on its way is never taken for the end.
   */
  frameCameraAtRest(frame = ATLAS_FRAME): Promise<{ zoom: number; lat: number; lon: number } | null> {
    return this.frame(frame)
      .locator('html')
      .evaluate(() => {
        const map = window.flashpointAtlas?.map;
        const idle = document.querySelector('.map-canvas')?.getAttribute('data-map-state') === 'idle';
        if (!map || !idle || map.isMoving()) return null;
        const { lng, lat } = map.getCenter();
        return { zoom: map.getZoom(), lat, lon: lng };
      });
  }

  /** The chapter the framed atlas's stepper shows (its title), or null when it shows none. */
  async frameChapter(frame = ATLAS_FRAME): Promise<string | null> {
    const title = this.frame(frame).locator('.embed-stepper [data-content]').first();
    return (await title.count()) ? title.textContent() : null;
  }

  /** Presses the stepper's Previous or Next chapter inside the frame, as a reader does. */
  async stepInFrame(direction: 'Previous' | 'Next', frame = ATLAS_FRAME): Promise<void> {
    await this.clickInFrame(
      frame,
      this.frame(frame)
        .getByRole('navigation', { name: "The tour's chapters" })
        .getByRole('button', { name: `${direction} chapter` }),
    );
  }

  /** Which element inside the frame has focus (its tag), `BODY` when none does. */
  frameFocus(frame = ATLAS_FRAME): Promise<string> {
    return this.frame(frame)
      .locator('html')
      .evaluate(() => document.activeElement?.tagName ?? 'BODY');
  }

  /** Scrolls the article until its paragraph for `chapter` sits in the middle of the window, as a reader would. */
  async scrollToStep(chapter: string): Promise<void> {
    await this.page
      .locator(`[data-atlas-step="${chapter}"]`)
      .evaluate((step) => step.scrollIntoView({ block: 'center' }));
  }

  /** Where the frame is in the window (CSS pixels from its top) and how tall the window is. */
  frameInWindow(frame = ATLAS_FRAME): Promise<{ top: number; bottom: number; window: number }> {
    return this.page.evaluate((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect();
      return { top: box?.top ?? NaN, bottom: box?.bottom ?? NaN, window: window.innerHeight };
    }, frame);
  }

  /**
   * Clicks once the frame has kept its place and size in the article for a frame. Playwright reads a click's point
   * inside the frame, so a frame that embed.js is still resizing (and the article's scroll anchoring with it) moves
   * the target out from under the click.
   */
  private async clickInFrame(selector: string, target: Locator): Promise<void> {
    const atRest = () =>
      this.page.evaluate(
        (frameSelector) =>
          new Promise<boolean>((done) => {
            const box = () => document.querySelector(frameSelector)?.getBoundingClientRect();
            requestAnimationFrame(() => {
              const before = box();
              requestAnimationFrame(() => {
                const after = box();
                done(Boolean(before && after && before.top === after.top && before.height === after.height));
              });
            });
          }),
        selector,
      );
    await expect.poll(atRest).toBe(true);
    await target.click();
  }

  private frame(selector: string): FrameLocator {
    return this.page.frameLocator(selector);
  }
}

export interface HostPageOptions {
  /** The article's HTML, given the atlas's base URL (ending in /) and the article's own origin. */
  html: (atlasBase: string, hostOrigin: string) => string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

const PYM_FROM_NPR = 'https://pym.nprapps.org/pym.v1.min.js';

/** Opens a newsroom's article, served from another origin than the atlas, that frames the atlas. */
export async function openHostPage(options: HostPageOptions): Promise<HostPage> {
  const baseUrl = inject('baseUrl');
  const server = await startHostServer();
  server.page('/article.html', options.html(baseUrl, server.origin));
  server.page('/advert.html', '<!doctype html><html lang="en"><title>An advert</title><p>An advert</p>');
  const context = await (
    await browserFor({})
  ).newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'block',
  });
  // The machine has no network: NPR's copy of pym.js, which the builder's pym.js snippet names, is served from
  // node_modules, the same file.
  await context.route(PYM_FROM_NPR, (route) =>
    route.fulfill({ path: 'node_modules/pym.js/dist/pym.v1.min.js', contentType: 'text/javascript' }),
  );
  const host = new HostPage(await context.newPage(), context, baseUrl, server);
  await host.listen();
  await host.goTo(`${server.origin}/article.html`);
  return host;
}

/** The teacher's second window: notes, next chapter, answer and clock, in step with the room's screen. */
export class PresenterWindow extends Atlas {
  /** "Now: chapter N of M", once it shows chapter `step`. */
  override async waitForChapter(step: number): Promise<void> {
    await this.page.getByText(new RegExp(`^Now: chapter ${step} of \\d+$`)).waitFor(MAP_WAIT);
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'Next chapter' }).click();
  }

  /** The notes, the answer and what comes next, as the teacher reads them. */
  async shows(): Promise<{ title: string; notes: string; next: string }> {
    const now = this.page.locator('.presenter__now');
    return {
      title: (await now.getByRole('heading', { level: 2 }).textContent()) ?? '',
      notes: (await now.locator('.presenter__notes').textContent()) ?? '',
      next: (await this.page.locator('.presenter__next').innerText()) ?? '',
    };
  }

  async closeWindow(): Promise<void> {
    await this.page.close();
  }
}
