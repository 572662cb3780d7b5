import type { StateCreator } from 'zustand';

export interface TourSlice {
  /** Counted from 1 (the link's step=); null outside a tour. */
  step: number | null;
  goToChapter(step: number): void;
}

export const createTourSlice: StateCreator<TourSlice, [], [], TourSlice> = (set) => ({
  step: null,
  goToChapter: (step) => set({ step }),
});
