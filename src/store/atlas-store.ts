import { create } from 'zustand';
import { createViewSlice, type ViewSlice } from './view-slice';

export type AtlasState = ViewSlice;

export const useAtlasStore = create<AtlasState>()((...args) => ({
  ...createViewSlice(...args),
}));

/** Tests start every story from the same blank slate. */
export function resetAtlasStore(): void {
  useAtlasStore.setState(useAtlasStore.getInitialState(), true);
}
