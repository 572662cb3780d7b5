import type { StateCreator } from 'zustand';
import type { TimeDisplay } from '../lib/event-time';
import type { DataRefusal } from '../lib/url-state';
import { rememberTheme } from './theme-memory';

export const MODES = ['explore', 'present', 'embed'] as const;
export type Mode = (typeof MODES)[number];
export type ThemePreference = 'system' | 'light' | 'dark';

export interface ViewSlice {
  mode: Mode;
  themePreference: ThemePreference;
  /** A same-origin dataset named by the link (?data=), or null for the bundled one. */
  dataPath: string | null;
  /** A `data=` the link named that the atlas would not load, so the reader can be told why the bundled data shows. */
  refusedData: DataRefusal | null;
  /** Dates and times where it happened, or in UTC; sorting and filtering always use the local date. */
  timeDisplay: TimeDisplay;
  setMode(mode: Mode): void;
  setThemePreference(preference: ThemePreference): void;
  /** The reader picks a theme: explore mode remembers it for the next visit; an embed never stores anything. */
  chooseTheme(preference: ThemePreference): void;
  setTimeDisplay(display: TimeDisplay): void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set, get) => ({
  mode: 'explore',
  themePreference: 'system',
  dataPath: null,
  refusedData: null,
  timeDisplay: 'local',
  setMode: (mode) => set({ mode }),
  setThemePreference: (themePreference) => set({ themePreference }),
  chooseTheme: (themePreference) => {
    set({ themePreference });
    if (get().mode === 'explore') rememberTheme(themePreference);
  },
  setTimeDisplay: (timeDisplay) => set({ timeDisplay }),
});
