import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAtlasStore } from '../store/atlas-store';
import { derivePresets } from './derive-presets';
import { storyPathBeside, storyQuery } from './queries';
import type { Story } from './story-schema';
import { useEventsQuery } from './use-dataset';

const selectDataPath = (state: { dataPath: string | null }) => state.dataPath;

/**
 * A dataset with no story file keeps the bundled story's words and view, with presets from its own dates and
 * no chapters.
 */
export function useStory(): Story | undefined {
  const dataPath = useAtlasStore(selectDataPath);
  const bundled = useQuery(storyQuery()).data;
  const beside = useQuery({
    ...storyQuery(dataPath ? storyPathBeside(dataPath) : undefined, { optional: true }),
    enabled: dataPath !== null,
  });
  const events = useEventsQuery().data?.features;
  const own = beside.data;
  const waiting = dataPath !== null && beside.isPending;
  return useMemo(() => {
    if (dataPath === null) return bundled ?? undefined;
    if (waiting) return undefined;
    if (own) return own;
    if (!bundled) return undefined;
    return { ...bundled, presets: derivePresets(events ?? []), chapters: [] };
  }, [dataPath, bundled, own, waiting, events]);
}

export function useStoryProblem(): Error | null {
  const dataPath = useAtlasStore(selectDataPath);
  const bundled = useQuery(storyQuery());
  const beside = useQuery({
    ...storyQuery(dataPath ? storyPathBeside(dataPath) : undefined, { optional: true }),
    enabled: dataPath !== null,
  });
  return beside.error ?? bundled.error;
}
