import { describe, expect, it } from 'vitest';
import { parseEmbedParams } from '../../src/lib/embed/embed-params';
import {
  embedScriptUrl,
  embedSearch,
  embedUrl,
  iframeSnippet,
  pymSnippet,
  scriptSnippet,
  type EmbedChoice,
} from '../../src/lib/embed/embed-snippet';
import { parseUrlState, type UrlState } from '../../src/lib/url-state';

const view: UrlState = {
  event: 'kerman-twin-blasts-2024',
  threads: ['kerman-2024'],
  categories: ['bombing'],
  search: 'Kerman',
  from: '2024-01-01',
  to: '2024-01-31',
  camera: { zoom: 5.5, lat: 30.28, lon: 57.08 },
  mode: 'explore',
  play: 'window',
  speed: 2,
  step: 3,
};

const choice = (change: Partial<EmbedChoice> = {}): EmbedChoice => ({
  preset: { kind: 'view' },
  theme: 'auto',
  height: null,
  interactive: true,
  legendOpen: false,
  lang: null,
  ...change,
});

const vocabulary = {
  categories: ['bombing'],
  threads: ['kerman-2024'],
  modes: ['explore', 'present', 'embed'],
};

describe('the embed builder’s link', () => {
  it('carries the current view through the links’ own codec, and reads back the same', () => {
    const search = embedSearch(view, choice());
    expect(search).toBe(
      '?event=kerman-twin-blasts-2024&cat=bombing&thread=kerman-2024&q=Kerman&from=2024-01-01&to=2024-01-31&map=5.5/30.28/57.08',
    );
    expect(parseUrlState(search, vocabulary)).toMatchObject({
      event: view.event,
      categories: view.categories,
      threads: view.threads,
      search: view.search,
      from: view.from,
      to: view.to,
      camera: view.camera,
    });
  });

  it('leaves out playback, the tour step and the mode, since an embed never plays and is its own page', () => {
    expect(embedSearch(view, choice())).not.toMatch(/play=|speed=|step=|mode=/);
  });

  it('writes the theme, language, height, interactivity and legend the editor chose', () => {
    const search = embedSearch(
      view,
      choice({ theme: 'dark', lang: 'en', height: 420, interactive: false, legendOpen: true }),
    );
    expect(parseUrlState(search, vocabulary)).toMatchObject({ theme: 'dark', lang: 'en' });
    expect(parseEmbedParams(search)).toEqual({ height: 420, interactive: false, legendOpen: true });
  });

  it('writes no theme for "auto", which follows the reader’s system', () => {
    expect(embedSearch({}, choice({ theme: 'auto' }))).toBe('');
    expect(embedSearch({}, choice({ theme: 'light' }))).toBe('?theme=light');
  });

  it('names a chapter instead of the view, keeping the dataset the editor is looking at', () => {
    const chapter = embedSearch(
      { ...view, data: 'newsroom/events.geojson' },
      choice({ preset: { kind: 'chapter', chapter: 'red-sea' } }),
    );
    expect(chapter).toBe('?data=newsroom/events.geojson&chapter=red-sea');
    const tour = embedSearch(view, choice({ preset: { kind: 'tour' } }));
    expect(tour).toBe('?stepper=1');
  });

  it('points at embed.html beside the page it was built on, so a sub-path is kept', () => {
    const page = 'https://news.example/graphics/atlas/?event=x';
    expect(embedUrl('?theme=dark', page)).toBe('https://news.example/graphics/atlas/embed.html?theme=dark');
    expect(embedScriptUrl(page)).toBe('https://news.example/graphics/atlas/embed.js');
  });
});

describe('the snippets', () => {
  const frame = { src: 'https://a.example/embed.html?q=a&b="c"', title: 'Kerman & "after"', mapHeight: 400 };

  it('give the frame a title, lazy loading, fullscreen and a referrer policy, with attributes escaped', () => {
    const html = iframeSnippet(frame);
    const iframe = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(frame.src);
    expect(iframe.getAttribute('title')).toBe(frame.title);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('allow')).toBe('fullscreen');
    expect(iframe.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(iframe.getAttribute('style')).toContain('height:520px');
  });

  it('adds embed.js, loaded async, in the script variant', () => {
    const html = scriptSnippet(frame, 'https://a.example/embed.js');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('iframe')).not.toBeNull();
    const script = doc.querySelector('script')!;
    expect(script.getAttribute('src')).toBe('https://a.example/embed.js');
    expect(script.hasAttribute('async')).toBe(true);
  });

  it("hands pym.js's Parent the embed's address and title, and lets only the atlas's origin resize the frame", () => {
    const html = pymSnippet({ ...frame, src: 'https://a.example:8443/embed.html?q=a' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const holder = doc.querySelector('div')!;
    expect(holder.dataset.pymSrc).toBe('https://a.example:8443/embed.html?q=a');
    expect(holder.dataset.pymTitle).toBe(frame.title);
    expect(holder.dataset.pymOptionalparams).toBe('false');
    expect(holder.hasAttribute('data-pym-allowfullscreen')).toBe(true);
    // pym.js tests the message's origin against this pattern with a '$' after it.
    const origin = new RegExp(`${holder.dataset.pymXdomain!}$`);
    expect(origin.test('https://a.example:8443')).toBe(true);
    expect(origin.test('https://aXexample:8443')).toBe(false);
    expect(origin.test('https://evil.example/https://a.example:8443')).toBe(false);
    expect(doc.querySelector('script')!.getAttribute('src')).toBe('https://pym.nprapps.org/pym.v1.min.js');
  });
});
