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
import { useMapControllerSlot } from '../map/controller/map-controller-context';
import { useAtlasStore, type AtlasState } from '../store/atlas-store';
import { urlStateOf } from '../store/url-state-of';
import { MODES, type Mode } from '../store/view-slice';

const vocabulary = { categories: CATEGORIES, threads: THREADS, modes: MODES };

let lastCamera: Camera | undefined;
/** Where a page opened without a camera in its link first came to rest: a view fitted to that page's size. */
let openingCamera: string | undefined;

export function readUrlState(search = window.location.search) {
  return parseUrlState(search, { ...vocabulary, origin: window.location.origin });
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, index) => item === b[index]);

/** The panels and the map compare by reference: a time step must not look like a new filter. */
function keepIfSame<T extends readonly string[]>(current: T, next: T): T {
  return sameList(current, next) ? current : next;
}

function localeOf(lang: string | undefined): { locale: string; chosenLocale: string | null } {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  const chosenLocale = (lang && matchLocale(lang)) || null;
  return { locale: chosenLocale ?? resolveLocale(undefined, browser), chosenLocale };
}

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

/** An embed never writes its host's history: "Open the full map" carries its state. */
const writesAddressBar = () => useAtlasStore.getState().mode !== 'embed';

export const currentView = (): UrlState => urlStateOf(useAtlasStore.getState(), lastCamera);

/** The camera a reader or the host moved the map to, or the link's own; not the view fitted to a small frame. */
function movedCamera(): Camera | undefined {
  return lastCamera && formatCamera(lastCamera) !== openingCamera ? lastCamera : undefined;
}

/** An embed on a chapter opens the tour on that chapter (at its view); otherwise explore with the embed's view. */
export const fullMapSearch = () => {
  const store = useAtlasStore.getState();
  const state = urlStateOf(store, store.step ? undefined : movedCamera());
  return serializeUrlState({ ...state, mode: state.step ? 'present' : undefined });
};

/** A camera that rounds to the link's writes nothing, so a Back lands without rewriting its entry. */
export function writeCamera(camera: Camera): void {
  const unchanged = lastCamera !== undefined && formatCamera(lastCamera) === formatCamera(camera);
  if (lastCamera === undefined) openingCamera = formatCamera(camera);
  lastCamera = camera;
  if (!unchanged && writesAddressBar()) replaceSearchSoon(currentSearch);
}

const choseView = (state: AtlasState, previous: AtlasState) =>
  state.categories !== previous.categories ||
  state.threads !== previous.threads ||
  state.search !== previous.search ||
  state.timeWindow !== previous.timeWindow;

/** Back or Forward is putting an entry's state into the store, which must not write that entry again. */
let applyingHistory = false;

/** Opening an event, a chapter or a change of view is an entry (a burst is one); the camera replaces it. */
export function useUrlSync(): void {
  const slot = useMapControllerSlot();
  useEffect(() => {
    if (!writesAddressBar()) return;
    const unsubscribe = useAtlasStore.subscribe((state, previous) => {
      if (applyingHistory) return;
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
        // Before the map exists, the camera waits in the slot and is applied when the map comes.
        if (state.camera) slot.jumpTo(state.camera);
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
  }, [slot]);
}
