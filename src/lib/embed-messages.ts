/**
 * The messages a host page may send an embedded atlas (docs/EMBED.md). Anything else, from anyone else, is
 * ignored: a page can frame the atlas, but only the page that frames it may drive it, and only in these words.
 */
export type EmbedMessage = { type: 'flashpoint:select'; id: string } | { type: 'flashpoint:reset' };

export interface MessageLike {
  data: unknown;
  origin: string;
  source: unknown;
}

export interface EmbedContext {
  /** The window that frames us (window.parent); when it is our own window, we are not embedded. */
  parent: unknown;
  self: unknown;
  /**
   * The framing page's origin where the browser tells us (location.ancestorOrigins in Chromium and Safari);
   * when known, a message must come from it.
   */
  hostOrigin?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const hasOnlyKeys = (value: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(value).every((key) => keys.includes(key));

function readData(data: unknown): EmbedMessage | null {
  if (!isPlainObject(data)) return null;
  if (data.type === 'flashpoint:select') {
    const { id } = data;
    if (!hasOnlyKeys(data, ['type', 'id']) || typeof id !== 'string' || id.length > 100 || !SLUG.test(id))
      return null;
    return { type: 'flashpoint:select', id };
  }
  if (data.type === 'flashpoint:reset')
    return hasOnlyKeys(data, ['type']) ? { type: 'flashpoint:reset' } : null;
  return null;
}

/** The message, validated, or null when it is not one of ours or not from the page that frames us. */
export function readEmbedMessage(event: MessageLike, context: EmbedContext): EmbedMessage | null {
  if (context.parent === context.self || event.source !== context.parent) return null;
  if (context.hostOrigin && event.origin !== context.hostOrigin) return null;
  return readData(event.data);
}
