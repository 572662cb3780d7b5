import { decorate, intlLocale } from '../../i18n/i18n';

/** A locale's name in the reader's language ("English", "فارسی" for a reader of Persian: "Persian"). */
export function languageName(locale: string): string {
  try {
    return decorate(new Intl.DisplayNames([intlLocale()], { type: 'language' }).of(locale) ?? locale);
  } catch {
    return locale;
  }
}
