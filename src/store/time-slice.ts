import type { StateCreator } from 'zustand';

/** Inclusive local dates, YYYY-MM-DD; null shows the whole story. */
export interface TimeWindow {
  start: string;
  end: string;
}

export interface TimeSlice {
  timeWindow: TimeWindow | null;
  setTimeWindow: (window: TimeWindow | null) => void;
}

export const createTimeSlice: StateCreator<TimeSlice, [], [], TimeSlice> = (set) => ({
  timeWindow: null,
  setTimeWindow: (timeWindow) => set({ timeWindow }),
});
