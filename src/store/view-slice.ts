import type { StateCreator } from 'zustand';

export const MODES = ['explore', 'present', 'embed'] as const;
export type Mode = (typeof MODES)[number];
export type ThemePreference = 'system' | 'light' | 'dark';

export interface ViewSlice {
  mode: Mode;
  themePreference: ThemePreference;
  /** A same-origin dataset named by the link (?data=), or null for the bundled one. */
  dataPath: string | null;
  setMode(mode: Mode): void;
  setThemePreference(preference: ThemePreference): void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  mode: 'explore',
  themePreference: 'system',
  dataPath: null,
  setMode: (mode) => set({ mode }),
  setThemePreference: (themePreference) => set({ themePreference }),
});
