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
  /** Null for the bundled one. */
  dataPath: string | null;
  /** So the reader can be told why the bundled data shows. */
  refusedData: DataRefusal | null;
  /** Sorting and filtering always use the local date. */
  timeDisplay: TimeDisplay;
  setMode: (mode: Mode) => void;
  setThemePreference: (preference: ThemePreference) => void;
  /** An embed never stores anything. */
  chooseTheme: (preference: ThemePreference) => void;
  setTimeDisplay: (display: TimeDisplay) => void;
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
