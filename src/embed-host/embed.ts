/** For host pages (docs/EMBED.md): no dependencies; it writes only frame heights and a few styles. */
import { PROTOCOL_VERSION } from '../lib/embed/host-commands';

type Detail = Record<string, unknown> & { event: string };

interface AtlasApi {
  command: (command: Record<string, unknown>, frame?: HTMLIFrameElement) => void;
  frames: () => HTMLIFrameElement[];
}

declare global {
  interface Window {
    FlashpointAtlas?: AtlasApi;
  }
}

const STEP = 'data-atlas-step';
const WIDE = '(min-width: 56em)';
const known = new Set<HTMLIFrameElement>();

const iframes = () => [...document.querySelectorAll('iframe')];

/** '*' for a frame with no origin of its own (sandboxed). */
function originOf(frame: HTMLIFrameElement): string {
  try {
    const origin = new URL(frame.src, document.baseURI).origin;
    const opaque = frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
    return origin === 'null' || opaque ? '*' : origin;
  } catch {
    return '*';
  }
}

/** An empty document of this origin, before the page arrives, would refuse the message (in the console). */
function hasArrived(frame: HTMLIFrameElement): boolean {
  try {
    return frame.contentWindow?.location.href !== 'about:blank';
  } catch {
    return true;
  }
}

function post(frame: HTMLIFrameElement, command: Record<string, unknown>): void {
  if (!hasArrived(frame)) return;
  frame.contentWindow?.postMessage({ atlas: PROTOCOL_VERSION, ...command }, originOf(frame));
}

const isEvent = (data: unknown): data is Detail =>
  typeof data === 'object' &&
  data !== null &&
  (data as Detail).atlas === PROTOCOL_VERSION &&
  typeof (data as Detail).event === 'string';

function onMessage(message: MessageEvent): void {
  if (!isEvent(message.data)) return;
  const frame = iframes().find((candidate) => candidate.contentWindow === message.source);
  if (!frame) return;
  const expected = originOf(frame);
  if (expected !== '*' && message.origin !== expected) return;
  known.add(frame);
  const data: Detail = message.data;
  if (data.event === 'height' && typeof data.height === 'number' && data.height > 0) {
    frame.style.height = `${Math.ceil(data.height)}px`;
  }
  if (data.event === 'ready') syncFrame(frame);
  frame.dispatchEvent(new CustomEvent(`atlas:${data.event}`, { detail: data, bubbles: true }));
}

function frameFor(step: Element): HTMLIFrameElement | null {
  const target = step.getAttribute('data-atlas-target');
  if (target) {
    const named = document.getElementById(target);
    return named instanceof HTMLIFrameElement ? named : null;
  }
  const story = step.closest('[data-atlas-story]') ?? document;
  return story.querySelector('iframe');
}

const active = new Map<HTMLIFrameElement, Element>();

function activate(step: Element): void {
  const frame = frameFor(step);
  const chapter = step.getAttribute(STEP);
  if (!frame || !chapter || active.get(frame) === step) return;
  active.get(frame)?.removeAttribute('data-atlas-active');
  active.set(frame, step);
  step.setAttribute('data-atlas-active', '');
  post(frame, { command: 'go-to-chapter', chapter });
}

function syncFrame(frame: HTMLIFrameElement): void {
  const step = active.get(frame);
  const chapter = step?.getAttribute(STEP);
  if (chapter) post(frame, { command: 'go-to-chapter', chapter });
}

function layOut(story: HTMLElement, wide: boolean): void {
  const holder = story.querySelector<HTMLElement>('[data-atlas-sticky]');
  if (!holder) return;
  Object.assign(holder.style, {
    position: 'sticky',
    top: wide ? '1rem' : '0',
    zIndex: '1',
  });
  story.querySelectorAll<HTMLElement>(`[${STEP}]`).forEach((step) => {
    step.style.position = 'relative';
    step.style.zIndex = '2';
  });
}

function startScrollytelling(): void {
  const steps = document.querySelectorAll(`[${STEP}]`);
  if (!steps.length || !('IntersectionObserver' in window)) return;
  // Crossing the middle of the viewport, whichever way the reader scrolls.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) activate(entry.target);
    },
    { rootMargin: '-50% 0px -50% 0px' },
  );
  steps.forEach((step) => observer.observe(step));
  const wide = window.matchMedia(WIDE);
  const stories = () => document.querySelectorAll<HTMLElement>('[data-atlas-story]');
  const apply = () => stories().forEach((story) => layOut(story, wide.matches));
  apply();
  wide.addEventListener('change', apply);
}

function hello(frame: HTMLIFrameElement): void {
  post(frame, { command: 'hello' });
}

function start(): void {
  if (window.FlashpointAtlas) return;
  window.addEventListener('message', onMessage);
  // An atlas that loaded before this script announced itself to nobody.
  for (const frame of iframes()) {
    hello(frame);
    frame.addEventListener('load', () => hello(frame));
  }
  window.FlashpointAtlas = {
    command(command, frame) {
      for (const target of frame ? [frame] : [...known]) post(target, command);
    },
    frames: () => [...known],
  };
  startScrollytelling();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
