import type { Messages } from '@lingui/core';
import english from 'virtual:atlas-catalogue/en';
import { loaders } from 'virtual:atlas-catalogues';
import { i18n, setCatalogue, type Decorate } from './i18n';
import { directionOf, isPseudoLocale, SOURCE_INTL_LOCALE } from './locales';

async function catalogueFor(
  locale: string,
): Promise<{ messages: Messages; intl: string; decorate: Decorate }> {
  if (isPseudoLocale(locale)) {
    const { pseudoCatalogue } = await import('./pseudo');
    return pseudoCatalogue(locale, english);
  }
  const loader = loaders[locale];
  const messages = loader ? (await loader()).default : english;
  return {
    messages: { ...english, ...messages },
    intl: loader ? locale : SOURCE_INTL_LOCALE,
    decorate: (text) => text,
  };
}

/** Loads a locale's catalogue (once), makes it current and sets `<html lang dir>`; English needs no download. */
export async function activateLocale(locale: string): Promise<void> {
  if (i18n.locale !== locale) {
    setCatalogue(locale, await catalogueFor(locale));
  }
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  }
}
