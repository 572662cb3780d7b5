import type { StateCreator } from 'zustand';

export type Mode = 'explore' | 'present' | 'embed';
export type ThemePreference = 'system' | 'light' | 'dark';

export interface ViewSlice {
  mode: Mode;
  themePreference: ThemePreference;
  setMode(mode: Mode): void;
  setThemePreference(preference: ThemePreference): void;
}

export const createViewSlice: StateCreator<ViewSlice, [], [], ViewSlice> = (set) => ({
  mode: 'explore',
  themePreference: 'system',
  setMode: (mode) => set({ mode }),
  setThemePreference: (themePreference) => set({ themePreference }),
});
