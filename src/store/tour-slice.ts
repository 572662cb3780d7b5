import type { StateCreator } from 'zustand';

export interface TourSlice {
  /** Counted from 1 (the link's step=); null outside a tour. */
  step: number | null;
  goToChapter: (step: number) => void;
  /** Back to no chapter: an embed's reset. */
  leaveChapters: () => void;
}

export const createTourSlice: StateCreator<TourSlice, [], [], TourSlice> = (set) => ({
  step: null,
  goToChapter: (step) => set({ step }),
  leaveChapters: () => set({ step: null }),
});
