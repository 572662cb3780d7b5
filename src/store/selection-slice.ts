import type { StateCreator } from 'zustand';

/** So the place a hover came from does not react to its own echo. */
export type HoverOrigin = 'map' | 'list' | 'timeline';

export interface SelectionSlice {
  selectedId: string | null;
  hoveredId: string | null;
  hoverOrigin: HoverOrigin | null;
  select: (id: string | null) => void;
  hover: (id: string | null, origin: HoverOrigin) => void;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  hoveredId: null,
  hoverOrigin: null,
  select: (selectedId) => set({ selectedId }),
  hover: (hoveredId, origin) => set({ hoveredId, hoverOrigin: hoveredId ? origin : null }),
});
