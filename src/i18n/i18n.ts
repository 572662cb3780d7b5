import { setupI18n, type Messages } from '@lingui/core';
import english from 'virtual:atlas-catalogue/en';
import { render, type MessageDescriptor, type MessageId, type MessageValues } from './catalogue';
import { SOURCE_INTL_LOCALE, SOURCE_LOCALE } from './locales';

export const i18n = setupI18n({
  locale: SOURCE_LOCALE,
  locales: [SOURCE_INTL_LOCALE],
  messages: { [SOURCE_LOCALE]: english },
});

export type Decorate = (text: string) => string;
let decorateFormatted: Decorate = (text) => text;

/**
 * The locale Intl formats with. Pseudo-locales format as the language they imitate, and their formatted dates and
 * numbers are decorated like their messages, so a test can tell them from text that bypassed the catalogue.
 */
export const intlLocale = (): string => i18n.locales?.[0] ?? i18n.locale;

export const decorate: Decorate = (text) => decorateFormatted(text);

export function setCatalogue(
  locale: string,
  catalogue: { messages: Messages; intl: string; decorate: Decorate },
): void {
  decorateFormatted = catalogue.decorate;
  i18n.loadAndActivate({ locale, locales: [catalogue.intl], messages: catalogue.messages });
}

/** A message in the current locale, for code outside React (map labels, exports, announcements built in handlers). */
export function t(id: MessageId, values?: MessageValues): string {
  return render(i18n, { id, values });
}

export { msg } from './catalogue';

export const translate = (message: MessageDescriptor): string => render(i18n, message);
