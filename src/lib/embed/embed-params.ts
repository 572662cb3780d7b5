/** Parsing never throws: a bad value is dropped (docs/EMBED.md). */
export interface EmbedParams {
  /** Pinned: commands must come from it, events go only to it. */
  host?: string;
  /** Echoed in every event (and the key of Datawrapper's height message). */
  id?: string;
  childId?: string;
  /** CSS pixels; without it the map keeps an aspect ratio of the frame's width. */
  height?: number;
  chapter?: string;
  stepper?: boolean;
  legendOpen?: boolean;
  /** false: no pan or zoom; the list and the incidents stay readable by keyboard. */
  interactive?: boolean;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PYM_ID = /^[\w-]{1,100}$/;
export const MAP_HEIGHT_RANGE = { min: 200, max: 1200 } as const;

export function readOrigin(value: string | null): string | null {
  if (!value || value.length > 200) return null;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value ? value : null;
  } catch {
    return null;
  }
}

export function parseEmbedParams(search: string): EmbedParams {
  const params = new URLSearchParams(search);
  const get = (key: string) => {
    const value = params.get(key);
    return value === null || value.length > 200 ? null : value;
  };
  const result: EmbedParams = {};
  const host = readOrigin(get('host'));
  if (host) result.host = host;
  const id = get('id');
  if (id && id.length <= 100 && SLUG.test(id)) result.id = id;
  const childId = get('childId');
  if (childId && PYM_ID.test(childId)) result.childId = childId;
  const height = Number(get('height'));
  if (Number.isInteger(height) && height >= MAP_HEIGHT_RANGE.min && height <= MAP_HEIGHT_RANGE.max)
    result.height = height;
  const chapter = get('chapter');
  if (chapter && chapter.length <= 100 && SLUG.test(chapter)) result.chapter = chapter;
  if (get('stepper') === '1') result.stepper = true;
  if (get('legend') === 'open') result.legendOpen = true;
  if (get('interactive') === '0') result.interactive = false;
  return result;
}

export function serializeEmbedParams(params: EmbedParams, search = ''): string {
  const out = new URLSearchParams(search.replace(/^\?/, ''));
  if (params.chapter) out.set('chapter', params.chapter);
  if (params.stepper) out.set('stepper', '1');
  if (params.legendOpen) out.set('legend', 'open');
  if (params.interactive === false) out.set('interactive', '0');
  if (params.height) out.set('height', String(params.height));
  if (params.id) out.set('id', params.id);
  if (params.host) out.set('host', params.host);
  const text = out.toString().replaceAll('%2C', ',').replaceAll('%2F', '/').replaceAll('%3A', ':');
  return text ? `?${text}` : '';
}
