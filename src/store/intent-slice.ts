import type { StateCreator } from 'zustand';
import type { AtlasState } from './atlas-store';
import type { TimeWindow } from './time-slice';

export interface IntentSlice {
  /** Opens an incident's details. Moving the camera to it is the map's part (map/controller/use-open-event.ts). */
  openEvent: (id: string) => void;
  closeEvent: () => void;
  /** The reader takes the time window: playback stops and forgets its day, so the next play starts from here. */
  takeWindow: (range: TimeWindow | null) => void;
  /** Back to the whole story: no incident open, no filter, no time window. The camera's reset is the map's part. */
  resetView: () => void;
  /**
   * Playback reaches a day: its playhead and window move, and `highlight` (the day's first incident) is hovered
   * unless the reader's own pointer is on one in the map or the list.
   */
  reachDay: (day: string, window: TimeWindow | null, highlight: string | null) => void;
}

const sameWindow = (a: TimeWindow | null, b: TimeWindow | null) => a?.start === b?.start && a?.end === b?.end;

export const createIntentSlice: StateCreator<AtlasState, [], [], IntentSlice> = (set, get) => ({
  openEvent: (id) => set({ selectedId: id }),
  closeEvent: () => set({ selectedId: null }),
  takeWindow: (range) => {
    const { playing, playhead, timeWindow } = get();
    // An equal window keeps its identity, so a drag within one day hands the map no new filter.
    const next = sameWindow(range, timeWindow) ? timeWindow : range;
    if (!playing && !playhead && next === timeWindow) return;
    set({ playing: false, playhead: null, timeWindow: next });
  },
  reachDay: (day, window, highlight) =>
    set(({ hoveredId, hoverOrigin }) => ({
      playhead: day,
      timeWindow: window,
      ...(highlight && (!hoveredId || hoverOrigin === 'timeline')
        ? { hoveredId: highlight, hoverOrigin: 'timeline' as const }
        : {}),
    })),
  resetView: () => set({ selectedId: null, categories: [], threads: [], search: '', timeWindow: null }),
});
