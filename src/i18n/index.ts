export type { MessageDescriptor, MessageId, MessageValues } from './catalogue';
export { activateLocale, type CatalogueSection } from './activate';
export { i18n, msg, t, translate } from './i18n';
export { directionOf, isPseudoLocale, resolveLocale, SOURCE_LOCALE, TRANSLATED_LOCALES } from './locales';
export { Msg, useLocale, useT } from './react';
