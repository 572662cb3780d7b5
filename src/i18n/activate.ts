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
  const source: Messages = Object.assign({}, english, ...sections.map((section) => section.english));
  if (isPseudoLocale(locale)) {
    const { pseudoCatalogue } = await import('./pseudo');
    return pseudoCatalogue(locale, source);
  }
  const loader = loaders[locale];
  const translated = await Promise.all(
    [loader, ...sections.map((section) => section.loaders[locale])].map((load) => load?.()),
  );
  return {
    messages: Object.assign(source, ...translated.map((module) => module?.default)),
    intl: loader ? locale : SOURCE_INTL_LOCALE,
    decorate: (text) => text,
  };
}

export async function activateLocale(locale: string): Promise<void> {
  if (i18n.locale !== locale) {
    setCatalogue(locale, await catalogueFor(locale));
  }
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }
}
