import type { StateCreator } from 'zustand';
import type { Category, Thread } from '../data/vocabulary';

/** Empty lists mean "everything": a reader narrows down, never has to opt in. */
export interface FilterSlice {
  categories: Category[];
  threads: Thread[];
  search: string;
  showProxyNetwork: boolean;
  toggleCategory: (category: Category) => void;
  toggleThread: (thread: Thread) => void;
  setSearch: (search: string) => void;
  setShowProxyNetwork: (show: boolean) => void;
  resetFilters: () => void;
}

const toggle = <T>(list: readonly T[], value: T): T[] =>
  list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

export const createFilterSlice: StateCreator<FilterSlice, [], [], FilterSlice> = (set) => ({
  categories: [],
  threads: [],
  search: '',
  showProxyNetwork: true,
  toggleCategory: (category) => set((state) => ({ categories: toggle(state.categories, category) })),
  toggleThread: (thread) => set((state) => ({ threads: toggle(state.threads, thread) })),
  setSearch: (search) => set({ search: search.slice(0, 100) }),
  setShowProxyNetwork: (showProxyNetwork) => set({ showProxyNetwork }),
  resetFilters: () => set({ categories: [], threads: [], search: '' }),
});
