import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, THREADS } from '../../src/data/vocabulary';
import { isSafeDataPath, parseUrlState, serializeUrlState, type UrlState } from '../../src/lib/url-state';
import { MODES } from '../../src/store/view-slice';

const vocabulary = { categories: CATEGORIES, threads: THREADS, modes: MODES };
const parse = (search: string) => parseUrlState(search, vocabulary);
const RUNS = { numRuns: 10_000 };

const KEYS = [
  'event',
  'cat',
  'thread',
  'q',
  'map',
  'from',
  'to',
  'mode',
  'theme',
  'data',
  'step',
  'play',
  'speed',
  'tz',
];
const nastyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    'javascript:alert(1)',
    '//evil.example/x.json',
    'data:application/json,{}',
    '../../etc/passwd',
    '%E0%A4%A',
    '%',
    'NaN/NaN/NaN',
    'Infinity/1/1',
    '1e400/0/0',
    '-0/-0/-0',
    '2024-02-30',
    '9999-12-31',
    '<img src=x onerror=alert(1)>',
    '\u0000',
    '\uD800',
    'x'.repeat(600),
    ' '.repeat(120) + 'tail',
    // The 100-character cut for search must not leave a trailing space or half an emoji behind.
    'a'.repeat(99) + ' b',
    'a'.repeat(99) + '😀',
  ),
  fc
    .array(fc.constantFrom(...CATEGORIES, ...THREADS, '', ' ', ','), { maxLength: 8 })
    .map((parts) => parts.join(',')),
);
// encodeURIComponent refuses lone surrogates; such a value then goes into the query string raw.
const encode = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
};

/** Query strings built from the real keys with hostile values, raw or percent-encoded, repeated or missing. */
const hostileSearch = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), nastyText, fc.boolean()),
      {
        maxLength: 12,
      },
    )
    .map(
      (pairs) =>
        '?' + pairs.map(([key, value, encoded]) => `${key}=${encoded ? encode(value) : value}`).join('&'),
    ),
);

/** What a valid state looks like, field by field; parse must never produce anything else. */
function expectValid(state: UrlState): void {
  // Every field present has a value: parsing drops what it cannot read rather than keeping a hole.
  for (const value of Object.values(state)) expect(value).not.toBeUndefined();
  if (state.event !== undefined) expect(state.event).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  for (const category of state.categories ?? []) expect(CATEGORIES).toContain(category);
  for (const thread of state.threads ?? []) expect(THREADS).toContain(thread);
  if (state.categories) expect(state.categories.length).toBeGreaterThan(0);
  if (state.threads) expect(state.threads.length).toBeGreaterThan(0);
  if (state.search !== undefined) {
    expect(state.search.length).toBeGreaterThan(0);
    expect(state.search.length).toBeLessThanOrEqual(100);
    expect(state.search).toBe(state.search.trim());
  }
  if (state.camera) {
    const { zoom, lat, lon } = state.camera;
    expect(zoom >= 0 && zoom <= 22 && lat >= -85 && lat <= 85 && lon >= -180 && lon <= 180).toBe(true);
  }
  expect(state.from === undefined).toBe(state.to === undefined);
  if (state.from && state.to) expect(state.from <= state.to).toBe(true);
  if (state.mode !== undefined) expect(MODES).toContain(state.mode);
  if (state.theme !== undefined) expect(['light', 'dark']).toContain(state.theme);
  if (state.data !== undefined) expect(isSafeDataPath(state.data)).toBe(true);
  if (state.data !== undefined) expect(state.data).not.toMatch(/^(\/\/|[a-z][a-z0-9+.-]*:)/i);
  if (state.step !== undefined)
    expect(Number.isInteger(state.step) && state.step >= 1 && state.step <= 999).toBe(true);
}

const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2039-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const fixed = (min: number, max: number, places: number) =>
  fc.integer({ min: min * 10 ** places, max: max * 10 ** places }).map((n) => n / 10 ** places || 0);
const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));
const subset = <V extends string>(values: readonly V[]) => fc.subarray([...values], { minLength: 1 });

/** States the app itself would write: the codec must read each one back exactly. */
const canonicalState = fc
  .record(
    {
      event: slug,
      categories: subset(CATEGORIES),
      threads: subset(THREADS),
      search: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
        .map((text) => text.trim())
        .filter((text) => text.length > 0),
      camera: fc.record({ zoom: fixed(0, 22, 2), lat: fixed(-85, 85, 4), lon: fixed(-180, 180, 4) }),
      window: fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
      mode: fc.constantFrom('present' as const, 'embed' as const),
      theme: fc.constantFrom('light' as const, 'dark' as const),
      data: fc
        .array(fc.stringMatching(/^[\w-]{1,10}$/), { minLength: 1, maxLength: 4 })
        .map((parts) => `${parts.join('/')}.geojson`),
      step: fc.integer({ min: 1, max: 999 }),
    },
    { requiredKeys: [] },
  )
  .map(({ window, ...rest }): UrlState => (window ? { ...rest, from: window[0], to: window[1] } : rest));

describe('the URL codec under fuzzing', () => {
  it('never throws and always yields a valid state, whatever the query string', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        expectValid(parse(search));
      }),
      RUNS,
    );
  });

  it('writes a URL that reads back to the same URL (what a shared link shows is what it stores)', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const once = serializeUrlState(parse(search));
        expect(serializeUrlState(parse(once))).toBe(once);
        expectValid(parse(once));
      }),
      RUNS,
    );
  });

  it('reads back every state the app writes, exactly', () => {
    fc.assert(
      fc.property(canonicalState, (state) => {
        const url = serializeUrlState(state);
        expect(parse(url)).toEqual(state);
        // Links are pasted into chat apps and CMSs: they must survive being parsed as a URL.
        expect(new URL(`https://example.org/atlas/${url}`).search).toBe(url);
      }),
      RUNS,
    );
  });
});
