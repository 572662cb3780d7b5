import { serializeUrlState, type UrlState } from '../url-state';
import { serializeEmbedParams } from './embed-params';

export type EmbedPreset = { kind: 'view' } | { kind: 'chapter'; chapter: string } | { kind: 'tour' };

export type EmbedTheme = 'light' | 'dark' | 'auto';

export interface EmbedChoice {
  preset: EmbedPreset;
  theme: EmbedTheme;
  /** The map's height in CSS pixels; null keeps an aspect ratio of the frame's width. */
  height: number | null;
  interactive: boolean;
  legendOpen: boolean;
  /** A locale with a catalogue; null follows the reader's browser. */
  lang: string | null;
}

/**
 * The link's part of the embed, through the same codec as every link the atlas writes: a chapter brings its own
 * window and view, so the reader's filters stay out; playback settings stay out because an embed never plays.
 * `chapter=` and `stepper=1` are what the embed's chapter stepper reads (docs/EMBED.md).
 */
export function embedSearch(view: UrlState, choice: EmbedChoice): string {
  const shared: UrlState = {
    data: view.data,
    tz: view.tz,
    lang: choice.lang ?? undefined,
    theme: choice.theme === 'auto' ? undefined : choice.theme,
  };
  const state: UrlState =
    choice.preset.kind === 'view'
      ? {
          ...shared,
          event: view.event,
          categories: view.categories,
          threads: view.threads,
          search: view.search,
          from: view.from,
          to: view.to,
          camera: view.camera,
        }
      : shared;
  return serializeEmbedParams(
    {
      chapter: choice.preset.kind === 'chapter' ? choice.preset.chapter : undefined,
      stepper: choice.preset.kind === 'tour' || undefined,
      legendOpen: choice.legendOpen || undefined,
      interactive: choice.interactive ? undefined : false,
      height: choice.height ?? undefined,
    },
    serializeUrlState(state),
  );
}

/** Absolute, so the snippet works on any page; beside the page the builder runs on, so a sub-path is kept. */
export const embedUrl = (search: string, page: string): string => new URL(`embed.html${search}`, page).href;

export const embedScriptUrl = (page: string): string => new URL('embed.js', page).href;

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Room for the title above the map and the credits below it, until the embed reports its real height. */
const CHROME_HEIGHT = 120;
/** What a 600 px column shows with the map at its aspect ratio, before the embed reports its height. */
const DEFAULT_FRAME_HEIGHT = 560;

export const initialFrameHeight = (mapHeight: number | null): number =>
  mapHeight === null ? DEFAULT_FRAME_HEIGHT : mapHeight + CHROME_HEIGHT;

export interface FrameSnippet {
  src: string;
  title: string;
  mapHeight: number | null;
}

export function iframeSnippet({ src, title, mapHeight }: FrameSnippet): string {
  return (
    `<iframe src="${escapeAttribute(src)}"\n` +
    `  title="${escapeAttribute(title)}"\n` +
    `  style="width:100%;height:${initialFrameHeight(mapHeight)}px;border:0"\n` +
    `  loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  );
}

export function scriptSnippet(frame: FrameSnippet, scriptSrc: string): string {
  return `${iframeSnippet(frame)}\n<script async src="${escapeAttribute(scriptSrc)}"></script>`;
}

/** NPR's own address for pym.js, which pages built with it already load (https://blog.apps.npr.org/pym.js/). */
export const PYM_SCRIPT = 'https://pym.nprapps.org/pym.v1.min.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * pym.js's declarative form: its Parent finds the element by `data-pym-src`, makes the frame and follows the
 * embed's height messages. `xdomain` lets only the atlas's origin resize it; pym.js's optional parameters would
 * hand the embed the article's address and title, which it has no use for.
 */
export function pymSnippet({ src, title }: FrameSnippet, pymScript = PYM_SCRIPT): string {
  const origin = new URL(src).origin;
  return (
    `<div data-pym-src="${escapeAttribute(src)}"\n` +
    `  data-pym-title="${escapeAttribute(title)}"\n` +
    `  data-pym-xdomain="${escapeAttribute(`^${escapeRegExp(origin)}`)}"\n` +
    `  data-pym-allowfullscreen data-pym-optionalparams="false"></div>\n` +
    `<script async src="${escapeAttribute(pymScript)}"></script>`
  );
}
