import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { serializeUrlState, type Camera, type UrlState } from '../lib/url-state';
import { useAtlasStore, type AtlasState } from './atlas-store';

/** The camera belongs to the map, so the caller passes where it last settled. */
export function urlStateOf(state: AtlasState, camera?: Camera): UrlState {
  return {
    event: state.selectedId ?? undefined,
    categories: state.categories,
    threads: state.threads,
    search: state.search,
    from: state.timeWindow?.start,
    to: state.timeWindow?.end,
    mode: state.mode,
    theme: state.themePreference === 'system' ? undefined : state.themePreference,
    data: state.dataPath ?? undefined,
    // Defaults stay out of the link, which keeps shared URLs short.
    play: state.playMode === 'cumulative' ? undefined : state.playMode,
    speed: state.playSpeed === 1 ? undefined : state.playSpeed,
    tz: state.timeDisplay === 'utc' ? 'utc' : undefined,
    lang: state.chosenLocale ?? undefined,
    step: state.step ?? undefined,
    camera,
  };
}

export function useEventLink(): (id: string) => string {
  const view = useAtlasStore(useShallow((state: AtlasState) => urlStateOf(state)));
  return useCallback((id: string) => serializeUrlState({ ...view, event: id }), [view]);
}
