import type { StateCreator } from 'zustand';

export interface MeasurePoint {
  lon: number;
  lat: number;
  label: string;
  /** `event:<id>` or `place:<id>`, so exact coordinates can be looked up. */
  ref?: string;
}

export interface MeasureSlice {
  measuring: boolean;
  measurePoints: MeasurePoint[];
  setMeasuring: (measuring: boolean) => void;
  /** A third point starts a new line. */
  addMeasurePoint: (point: MeasurePoint) => void;
  setMeasurePoint: (index: 0 | 1, point: MeasurePoint | null) => void;
  clearMeasure: () => void;
}

export const createMeasureSlice: StateCreator<MeasureSlice, [], [], MeasureSlice> = (set) => ({
  measuring: false,
  measurePoints: [],
  setMeasuring: (measuring) => set(measuring ? { measuring } : { measuring, measurePoints: [] }),
  addMeasurePoint: (point) =>
    set((state) => ({
      measurePoints: state.measurePoints.length >= 2 ? [point] : [...state.measurePoints, point],
    })),
  setMeasurePoint: (index, point) =>
    set((state) => {
      const next: (MeasurePoint | null)[] = [state.measurePoints[0] ?? null, state.measurePoints[1] ?? null];
      next[index] = point;
      // An empty "from" with a "to" is still half a line.
      return { measurePoints: next.filter((p): p is MeasurePoint => p !== null) };
    }),
  clearMeasure: () => set({ measurePoints: [] }),
});
