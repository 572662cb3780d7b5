import { useEffect } from 'react';
import {
  cancelAddressBarWrites,
  flushAddressBar,
  pushSearch,
  replaceSearchSoon,
  stepSearch,
} from '../lib/address-bar';
import { CATEGORIES, THREADS } from '../data/vocabulary';
import { matchLocale, resolveLocale } from '../i18n/locales';
import { formatCamera, parseUrlState, serializeUrlState, type Camera, type UrlState } from '../lib/url-state';
import { useAtlasStore, type AtlasState } from '../store/atlas-store';
import { urlStateOf } from '../store/url-state-of';
import { MODES, type Mode } from '../store/view-slice';

const vocabulary = { categories: CATEGORIES, threads: THREADS, modes: MODES };

/** The camera belongs to the map; we only remember where it last settled, to write it into links. */
let lastCamera: Camera | undefined;

export function readUrlState(search = window.location.search) {
  return parseUrlState(search, { ...vocabulary, origin: window.location.origin });
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/**
 * What did not change keeps its identity, so a Back or a brush step that moves only the time window does not
 * look like a new category or thread filter to the panels and the map, which compare by reference.
 */
function keepIfSame<T extends readonly string[]>(current: T, next: T): T {
  return sameList(current, next) ? current : next;
}

/** A link's `lang` wins if there is a catalogue for it; otherwise the browser's languages decide, else English. */
function localeOf(lang: string | undefined): { locale: string; chosenLocale: string | null } {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  const chosenLocale = (lang && matchLocale(lang)) || null;
  return { locale: chosenLocale ?? resolveLocale(undefined, browser), chosenLocale };
}

/** Puts a link's state into the store. Unknown or malformed parameters were already dropped by the parser. */
export function applyUrlState(
  state: UrlState<(typeof CATEGORIES)[number], (typeof THREADS)[number], Mode>,
): void {
  const store = useAtlasStore.getState();
  useAtlasStore.setState({
    selectedId: state.event ?? null,
    categories: keepIfSame(store.categories, state.categories ?? []),
    threads: keepIfSame(store.threads, state.threads ?? []),
    search: state.search ?? '',
    timeWindow:
      state.from && state.to
        ? store.timeWindow?.start === state.from && store.timeWindow.end === state.to
          ? store.timeWindow
          : { start: state.from, end: state.to }
        : null,
    mode: state.mode ?? 'explore',
    themePreference: state.theme ?? store.themePreference,
    dataPath: state.data ?? null,
    refusedData: state.refusedData ?? null,
    playMode: state.play ?? 'cumulative',
    playSpeed: state.speed ?? 1,
    timeDisplay: state.tz ?? 'local',
    ...localeOf(state.lang),
    step: state.step ?? null,
  });
  if (state.camera) lastCamera = state.camera;
}

const searchOf = (state: AtlasState) => serializeUrlState(urlStateOf(state, lastCamera));
const currentSearch = () => searchOf(useAtlasStore.getState());

/** An embed never writes its host's history: its state stays in memory, and "Open the full map" carries it. */
const writesAddressBar = () => useAtlasStore.getState().mode !== 'embed';

/** The link to this view in the full atlas (explore), for an embed's "Open the full map". */
export const fullMapSearch = () =>
  serializeUrlState({ ...urlStateOf(useAtlasStore.getState()), mode: undefined });

/**
 * Called on the map's moveend, never per frame. A camera that rounds to the one already in the link writes
 * nothing, so the jump Back or Forward asks for lands without rewriting the entry it landed on.
 */
export function writeCamera(camera: Camera): void {
  const unchanged = lastCamera !== undefined && formatCamera(lastCamera) === formatCamera(camera);
  lastCamera = camera;
  if (!unchanged && writesAddressBar()) replaceSearchSoon(currentSearch);
}

/** Changes of what the reader asked to see; each starts a history entry (a burst of them makes one). */
const choseView = (state: AtlasState, previous: AtlasState) =>
  state.categories !== previous.categories ||
  state.threads !== previous.threads ||
  state.search !== previous.search ||
  state.timeWindow !== previous.timeWindow;

/** Set while Back or Forward puts an entry's state into the store, which must not write that entry again. */
let applyingHistory = false;

/**
 * Keeps the URL and the store in step. Opening or closing an event is a history entry (back closes it), and so is
 * a change of filters, search or time window (a burst of them is one); playback and camera moves replace the
 * current entry (lib/address-bar). Back and Forward apply the entry they land on without writing any history.
 */
export function useUrlSync(): void {
  useEffect(() => {
    if (!writesAddressBar()) return;
    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (applyingHistory) return;
      // A chapter is a history entry too: Back and Forward walk the tour.
      if (state.selectedId !== previous.selectedId || state.step !== previous.step)
        pushSearch(searchOf(state), searchOf(previous));
      // In a tour the chapter sets the time window: the chapter is the entry, not its window.
      else if (choseView(state, previous) && !state.playing && state.mode !== 'present')
        stepSearch(currentSearch, searchOf(previous));
      else replaceSearchSoon(currentSearch);
    });
    // A reload or a closed tab keeps the view the reader last saw.
    window.addEventListener('pagehide', flushAddressBar);
    const onPopState = () => {
      // A write still waiting belongs to the entry just left; written now, it would land on this one.
      cancelAddressBarWrites();
      const state = readUrlState();
      applyingHistory = true;
      try {
        applyUrlState(state);
        if (state.camera) useAtlasStore.getState().requestCamera({ camera: state.camera });
      } finally {
        applyingHistory = false;
      }
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      unsubscribe();
      cancelAddressBarWrites();
      window.removeEventListener('pagehide', flushAddressBar);
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
}
