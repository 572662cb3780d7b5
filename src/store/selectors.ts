import type { AtlasState } from './atlas-store';

export const selectMode = (state: AtlasState) => state.mode;
export const selectThemePreference = (state: AtlasState) => state.themePreference;
