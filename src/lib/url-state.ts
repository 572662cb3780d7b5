/** Parsing never throws: a bad or unknown parameter is dropped, the rest still applies (docs/URL.md). */
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

export interface UrlState<C extends string = string, T extends string = string, M extends string = string> {
  event?: string;
  categories?: C[];
  threads?: T[];
  search?: string;
  camera?: Camera;
  from?: string;
  to?: string;
  mode?: M;
  theme?: 'light' | 'dark';
  data?: string;
  step?: number;
  play?: 'cumulative' | 'window';
  speed?: 0.5 | 1 | 2 | 4 | 8;
  tz?: 'utc';
  /** A BCP 47 tag; whether a catalogue exists for it is decided later. */
  lang?: string;
  /** Never written back into a link. */
  refusedData?: DataRefusal;
}

export type DataRefusal = { reason: 'other-site'; host: string } | { reason: 'unreadable' };

export interface UrlVocabulary<C extends string, T extends string, M extends string> {
  categories: readonly C[];
  threads: readonly T[];
  modes: readonly M[];
  origin?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_VALUE_LENGTH = 500;
export const MAX_SEARCH_LENGTH = 100;
const SPEEDS = [0.5, 1, 2, 4, 8] as const;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/i;

function pickList<V extends string>(raw: string | null, allowed: readonly V[]): V[] | undefined {
  if (!raw) return undefined;
  const wanted = new Set(raw.split(','));
  const kept = allowed.filter((value) => wanted.has(value));
  return kept.length ? kept : undefined;
}

function parseCamera(raw: string | null): Camera | undefined {
  const parts = raw?.split('/').map(Number);
  if (!parts || parts.length !== 3 || !parts.every(Number.isFinite)) return undefined;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return undefined;
  return { zoom, lat, lon };
}

/** No trailing space or half a surrogate pair, so the URL written reads back the same. */
function clip(text: string, max: number): string {
  return text
    .trim()
    .slice(0, max)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trim();
}

function isRealDate(value: string | null): value is string {
  if (!value || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** An embed must never be pointed at someone else's server. */
export function isSafeDataPath(value: string): boolean {
  if (value.length > MAX_VALUE_LENGTH || /[\\\s]/.test(value) || value.startsWith('//')) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  return /^[\w\-./%]+(\?[\w\-.=&%]*)?$/.test(value);
}

function readDataParam(raw: string, origin: string | undefined): Pick<UrlState, 'data' | 'refusedData'> {
  if (isSafeDataPath(raw)) return { data: raw };
  if (/^(https?:)?\/\//i.test(raw.trim())) {
    try {
      const url = new URL(raw.trim(), origin ?? 'https://invalid.invalid');
      const path = url.pathname + url.search;
      if (origin && url.origin === origin && isSafeDataPath(path)) return { data: path };
      if (url.origin !== origin) return { refusedData: { reason: 'other-site', host: url.host } };
    } catch {
      // Not an address after all; said below as unreadable.
    }
  }
  return { refusedData: { reason: 'unreadable' } };
}

export function parseUrlState<C extends string, T extends string, M extends string>(
  search: string,
  vocabulary: UrlVocabulary<C, T, M>,
): UrlState<C, T, M> {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {};
  }
  const get = (key: string) => {
    const value = params.get(key);
    return value === null || value.length > MAX_VALUE_LENGTH ? null : value;
  };
  const state: UrlState<C, T, M> = {};

  const event = get('event');
  if (event && SLUG.test(event)) state.event = event;
  const categories = pickList(get('cat'), vocabulary.categories);
  if (categories) state.categories = categories;
  const threads = pickList(get('thread'), vocabulary.threads);
  if (threads) state.threads = threads;
  const search_ = clip(get('q') ?? '', MAX_SEARCH_LENGTH);
  if (search_) state.search = search_;
  const camera = parseCamera(get('map'));
  if (camera) state.camera = camera;
  const from = get('from');
  const to = get('to');
  if (isRealDate(from) && isRealDate(to) && from <= to) {
    state.from = from;
    state.to = to;
  }
  const mode = get('mode');
  if (mode && (vocabulary.modes as readonly string[]).includes(mode)) state.mode = mode as M;
  const theme = get('theme');
  if (theme === 'light' || theme === 'dark') state.theme = theme;
  const data = params.get('data');
  if (data !== null && data.length > MAX_VALUE_LENGTH) state.refusedData = { reason: 'unreadable' };
  else if (data) Object.assign(state, readDataParam(data, vocabulary.origin));
  const step = Number(get('step'));
  if (get('step') !== null && Number.isInteger(step) && step >= 1 && step <= 999) state.step = step;
  const play = get('play');
  if (play === 'cumulative' || play === 'window') state.play = play;
  const speed = SPEEDS.find((allowed) => String(allowed) === get('speed'));
  if (speed !== undefined) state.speed = speed;
  if (get('tz') === 'utc') state.tz = 'utc';
  const lang = get('lang');
  if (lang && LANGUAGE_TAG.test(lang)) state.lang = lang;
  return state;
}

const roundTo = (value: number, places: number) => Number(value.toFixed(places));

export function formatCamera({ zoom, lat, lon }: Camera): string {
  return `${roundTo(zoom, 2)}/${roundTo(lat, 4)}/${roundTo(lon, 4)}`;
}

/** A fixed order, so equal states give equal URLs. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.mode && state.mode !== 'explore') params.set('mode', state.mode);
  if (state.data && state.data.length <= MAX_VALUE_LENGTH) params.set('data', state.data);
  if (state.lang) params.set('lang', state.lang);
  if (state.event && state.event.length <= MAX_VALUE_LENGTH) params.set('event', state.event);
  if (state.categories?.length) params.set('cat', state.categories.join(','));
  if (state.threads?.length) params.set('thread', state.threads.join(','));
  const search = state.search && clip(state.search, MAX_SEARCH_LENGTH);
  if (search) params.set('q', search);
  if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  }
  if (state.step) params.set('step', String(state.step));
  if (state.play) params.set('play', state.play);
  if (state.speed) params.set('speed', String(state.speed));
  if (state.tz) params.set('tz', state.tz);
  if (state.theme) params.set('theme', state.theme);
  if (state.camera) params.set('map', formatCamera(state.camera));
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%2F', '/');
  return text ? `?${text}` : '';
}
