import { loaders } from 'virtual:atlas-catalogues';

import { SOURCE_LOCALE } from './source-locale';

export { SOURCE_INTL_LOCALE, SOURCE_LOCALE } from './source-locale';

/**
 * Pseudo-locales for testing, never picked from the browser's languages: `en-XA` accents and lengthens every
 * message by about 40 %, `ar-XB` writes every message right to left.
 */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;

/** Languages written right to left (by primary subtag): the page mirrors for them, the map does not. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'sd', 'ug']);

export const TRANSLATED_LOCALES: readonly string[] = [SOURCE_LOCALE, ...Object.keys(loaders)];

export const isPseudoLocale = (locale: string): boolean =>
  (PSEUDO_LOCALES as readonly string[]).includes(locale);

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** The best catalogue for one requested tag: the exact locale, else its language (fa-IR → fa), else none. */
function match(tag: string, available: readonly string[]): string | undefined {
  const wanted = tag.trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = available.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return available.find((locale) => locale.toLowerCase() === language);
}

export function matchLocale(
  tag: string,
  available: readonly string[] = TRANSLATED_LOCALES,
): string | undefined {
  return match(tag, [...available, ...PSEUDO_LOCALES]);
}

/**
 * The locale to show: the one a link asks for (pseudo-locales included), else the first of the browser's
 * languages that has a catalogue, else English. An unknown tag is passed over, never an error.
 */
export function resolveLocale(
  requested: string | undefined,
  browserLanguages: readonly string[],
  available: readonly string[] = TRANSLATED_LOCALES,
): string {
  const chosen = requested ? matchLocale(requested, available) : undefined;
  if (chosen) return chosen;
  for (const language of browserLanguages) {
    const chosen = match(language, available);
    if (chosen) return chosen;
  }
  return SOURCE_LOCALE;
}
