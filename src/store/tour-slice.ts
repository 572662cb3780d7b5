import type { StateCreator } from 'zustand';

export interface TourSlice {
  /** The chapter on screen in present mode, counted from 1 (the link's step=); null outside a tour. */
  step: number | null;
  goToChapter(step: number): void;
}

export const createTourSlice: StateCreator<TourSlice, [], [], TourSlice> = (set) => ({
  step: null,
  goToChapter: (step) => set({ step }),
});
