import type { StateCreator } from 'zustand';

export interface LocaleSlice {
  locale: string;
  /** Null when it came from the browser. */
  chosenLocale: string | null;
  chooseLocale: (locale: string) => void;
}

export const createLocaleSlice: StateCreator<LocaleSlice, [], [], LocaleSlice> = (set) => ({
  locale: 'en',
  chosenLocale: null,
  chooseLocale: (locale) => set({ locale, chosenLocale: locale }),
});
