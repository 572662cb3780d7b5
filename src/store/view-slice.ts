import type { StateCreator } from 'zustand';
import type { TimeDisplay } from '../lib/event-time';

export const MODES = ['explore', 'present', 'embed'] as const;
export type Mode = (typeof MODES)[number];
export type ThemePreference = 'system' | 'light' | 'dark';

export interface ViewSlice {
  mode: Mode;
  themePreference: ThemePreference;
  /** A same-origin dataset named by the link (?data=), or null for the bundled one. */
  dataPath: string | null;
  /** Dates and times where it happened, or in UTC; sorting and filtering always use the local date. */
  timeDisplay: TimeDisplay;
  setMode(mode: Mode): void;
  setThemePreference(preference: ThemePreference): void;
  setTimeDisplay(display: TimeDisplay): void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  mode: 'explore',
  themePreference: 'system',
  dataPath: null,
  timeDisplay: 'local',
  setMode: (mode) => set({ mode }),
  setThemePreference: (themePreference) => set({ themePreference }),
  setTimeDisplay: (timeDisplay) => set({ timeDisplay }),
});
