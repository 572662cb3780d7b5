import { setupI18n } from '@lingui/core';
import { render, type MessageDescriptor } from '../../src/i18n/catalogue';
import { SOURCE_INTL_LOCALE } from '../../src/i18n/source-locale';
import { compileCatalogue, readCatalogue, SOURCE_LOCALE } from './catalogue-plugin';

/**
 * The English catalogue for code that runs in Node (`npm run validate-data`), compiled from the same
 * `src/i18n/locales/en.json` the app's build compiles, so a data editor reads the words a reader reads.
 */
const english = setupI18n({
  locale: SOURCE_LOCALE,
  locales: [SOURCE_INTL_LOCALE],
  messages: { [SOURCE_LOCALE]: compileCatalogue(readCatalogue(SOURCE_LOCALE), 'en.json') },
});

export const inEnglish = (message: MessageDescriptor): string => render(english, message);
