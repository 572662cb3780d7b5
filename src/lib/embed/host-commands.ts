/** Version 1 (docs/EMBED.md): only the page that frames the atlas may drive it, and only in these words. */
export const PROTOCOL_VERSION = 1;

export type Theme = 'light' | 'dark' | 'auto';

export interface FilterCommand<C extends string = string, T extends string = string> {
  command: 'set-filters';
  threads?: T[];
  categories?: C[];
  search?: string;
  from?: string;
  to?: string;
}

export type HostCommand<C extends string = string, T extends string = string> =
  | { command: 'hello' }
  | { command: 'open-incident'; incident: string }
  | { command: 'close-incident' }
  | { command: 'go-to-chapter'; chapter: string }
  | FilterCommand<C, T>
  | { command: 'set-theme'; theme: Theme }
  | { command: 'reset' };

export interface MessageLike {
  data: unknown;
  origin: string;
  source: unknown;
}

export interface FrameContext {
  parent: unknown;
  self: unknown;
  hostOrigin?: string | null;
}

export interface CommandVocabulary<C extends string, T extends string> {
  categories: readonly C[];
  threads: readonly T[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 100 && SLUG.test(value);

const isDate = (value: unknown): value is string => {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

/** A host asking for a thread we do not have made a mistake worth not guessing at. */
function listOf<V extends string>(value: unknown, allowed: readonly V[]): V[] | null {
  if (!Array.isArray(value) || value.length > allowed.length) return null;
  return value.every((item) => (allowed as readonly unknown[]).includes(item)) ? (value as V[]) : null;
}

function readFilters<C extends string, T extends string>(
  data: Record<string, unknown>,
  vocabulary: CommandVocabulary<C, T>,
): FilterCommand<C, T> | null {
  const command: FilterCommand<C, T> = { command: 'set-filters' };
  if ('threads' in data) {
    const threads = listOf(data.threads, vocabulary.threads);
    if (!threads) return null;
    command.threads = threads;
  }
  if ('categories' in data) {
    const categories = listOf(data.categories, vocabulary.categories);
    if (!categories) return null;
    command.categories = categories;
  }
  if ('search' in data) {
    if (typeof data.search !== 'string' || data.search.length > 100) return null;
    command.search = data.search;
  }
  if ('from' in data || 'to' in data) {
    if (!isDate(data.from) || !isDate(data.to) || data.from > data.to) return null;
    command.from = data.from;
    command.to = data.to;
  }
  return command;
}

const FIELDS: Record<HostCommand['command'], readonly string[]> = {
  hello: [],
  'open-incident': ['incident'],
  'close-incident': [],
  'go-to-chapter': ['chapter'],
  'set-filters': ['threads', 'categories', 'search', 'from', 'to'],
  'set-theme': ['theme'],
  reset: [],
};

const isCommandName = (value: unknown): value is HostCommand['command'] =>
  typeof value === 'string' && Object.hasOwn(FIELDS, value);

export function readCommandData<C extends string, T extends string>(
  data: unknown,
  vocabulary: CommandVocabulary<C, T>,
): HostCommand<C, T> | null {
  if (!isPlainObject(data) || data.atlas !== PROTOCOL_VERSION || !isCommandName(data.command)) return null;
  const allowed = ['atlas', 'command', ...FIELDS[data.command]];
  if (!Object.keys(data).every((key) => allowed.includes(key))) return null;
  switch (data.command) {
    case 'open-incident':
      return isSlug(data.incident) ? { command: 'open-incident', incident: data.incident } : null;
    case 'go-to-chapter':
      return isSlug(data.chapter) ? { command: 'go-to-chapter', chapter: data.chapter } : null;
    case 'set-theme':
      return data.theme === 'light' || data.theme === 'dark' || data.theme === 'auto'
        ? { command: 'set-theme', theme: data.theme }
        : null;
    case 'set-filters':
      return readFilters(data, vocabulary);
    default:
      return { command: data.command };
  }
}

export function readHostCommand<C extends string, T extends string>(
  event: MessageLike,
  context: FrameContext,
  vocabulary: CommandVocabulary<C, T>,
): HostCommand<C, T> | null {
  if (context.parent === context.self || event.source !== context.parent) return null;
  if (context.hostOrigin && event.origin !== context.hostOrigin) return null;
  return readCommandData(event.data, vocabulary);
}
