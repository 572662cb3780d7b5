import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import { createIntentSlice, type IntentSlice } from './intent-slice';
import { createLocaleSlice, type LocaleSlice } from './locale-slice';
import { createMeasureSlice, type MeasureSlice } from './measure-slice';
import { createPlaybackSlice, type PlaybackSlice } from './playback-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createTimeSlice, type TimeSlice } from './time-slice';
import { createTourSlice, type TourSlice } from './tour-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AtlasState = ViewSlice &
  SelectionSlice &
  FilterSlice &
  TimeSlice &
  MeasureSlice &
  PlaybackSlice &
  LocaleSlice &
  TourSlice &
  IntentSlice;

export const useAtlasStore = create<AtlasState>()(
  subscribeWithSelector((...args) => ({
    ...createViewSlice(...args),
    ...createSelectionSlice(...args),
    ...createFilterSlice(...args),
    ...createTimeSlice(...args),
    ...createMeasureSlice(...args),
    ...createPlaybackSlice(...args),
    ...createLocaleSlice(...args),
    ...createTourSlice(...args),
    ...createIntentSlice(...args),
  })),
);

export function resetAtlasStore(): void {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
}
