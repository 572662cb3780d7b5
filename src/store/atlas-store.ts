import { create } from 'zustand';
import { createCameraSlice, type CameraSlice } from './camera-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
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
  CameraSlice &
  MeasureSlice &
  PlaybackSlice &
  LocaleSlice &
  TourSlice;

export const useAtlasStore = create<AtlasState>()((...args) => ({
  ...createViewSlice(...args),
  ...createSelectionSlice(...args),
  ...createFilterSlice(...args),
  ...createTimeSlice(...args),
  ...createCameraSlice(...args),
  ...createMeasureSlice(...args),
  ...createPlaybackSlice(...args),
  ...createLocaleSlice(...args),
  ...createTourSlice(...args),
}));

export function resetAtlasStore(): void {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
}
