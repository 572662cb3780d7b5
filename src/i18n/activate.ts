import type { Messages } from '@lingui/core';
import english from 'virtual:atlas-catalogue/en';
import { loaders } from 'virtual:atlas-catalogues';
import { i18n, setCatalogue, type Decorate } from './i18n';
import { directionOf, isPseudoLocale, SOURCE_INTL_LOCALE } from './locales';

export interface CatalogueSection {
  english: Messages;
  loaders: Record<string, () => Promise<{ default: Messages }>>;
}

/** Every later locale brings these too. */
export const sections: CatalogueSection[] = [];

export async function catalogueFor(
  locale: string,
): Promise<{ messages: Messages; intl: string; decorate: Decorate }> {
  const source: Messages = { ...english };
  for (const section of sections) Object.assign(source, section.english);
  if (isPseudoLocale(locale)) {
    const { pseudoCatalogue } = await import('./pseudo');
    return pseudoCatalogue(locale, source);
  }
  const loader = loaders[locale];
  const translated = await Promise.all(
    [loader, ...sections.map((section) => section.loaders[locale])].map((load) =>
      load ? load() : Promise.resolve(undefined),
    ),
  );
  for (const module of translated) Object.assign(source, module?.default);
  return {
    messages: source,
    intl: loader ? locale : SOURCE_INTL_LOCALE,
    decorate: (text) => text,
  };
}

/** The locale asked for last, and the catalogue updates in order: a section added mid-switch lands in it. */
let wanted: string | undefined;
let updates: Promise<unknown> = Promise.resolve();

function update(run: () => Promise<void>): Promise<void> {
  const next = updates.then(run);
  updates = next.catch(() => undefined);
  return next;
}

export function activateLocale(locale: string): Promise<void> {
  wanted = locale;
  return update(async () => {
    if (i18n.locale !== locale) setCatalogue(locale, await catalogueFor(locale));
    if (typeof document !== 'undefined') {
      document.documentElement.lang = locale;
      document.documentElement.dir = directionOf(locale);
    }
  });
}

/** Rebuilds the catalogue of the locale being shown (or being switched to) with every section added so far. */
export function refreshCatalogue(): Promise<void> {
  return update(async () => {
    const locale = wanted ?? i18n.locale;
    setCatalogue(locale, await catalogueFor(locale));
  });
}
