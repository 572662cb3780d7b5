import type { StateCreator } from 'zustand';

export interface LocaleSlice {
  /** The language the atlas speaks now (a locale with a catalogue, or a pseudo-locale). */
  locale: string;
  /** The locale a link or the reader chose, written back into links; null when it came from the browser. */
  chosenLocale: string | null;
  chooseLocale(locale: string): void;
}

export const createLocaleSlice: StateCreator<LocaleSlice, [], [], LocaleSlice> = (set) => ({
  locale: 'en',
  chosenLocale: null,
  chooseLocale: (locale) => set({ locale, chosenLocale: locale }),
});
