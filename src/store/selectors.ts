import type { AtlasState } from './atlas-store';

export const selectMode = (state: AtlasState) => state.mode;
export const selectThemePreference = (state: AtlasState) => state.themePreference;
export const selectSelectedId = (state: AtlasState) => state.selectedId;
export const selectHoveredId = (state: AtlasState) => state.hoveredId;
export const selectCategories = (state: AtlasState) => state.categories;
export const selectThreads = (state: AtlasState) => state.threads;
export const selectSearch = (state: AtlasState) => state.search;
export const selectTimeWindow = (state: AtlasState) => state.timeWindow;
export const selectShowProxyNetwork = (state: AtlasState) => state.showProxyNetwork;

export const selectEventFilters = (state: AtlasState) => ({
  categories: state.categories,
  threads: state.threads,
  search: state.search,
  timeWindow: state.timeWindow,
});
