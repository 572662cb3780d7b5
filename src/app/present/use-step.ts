import { useEffect } from 'react';
import { clampStep } from '../../features/tour/present-keys';
import { useAtlasStore } from '../../store/atlas-store';

/** A link without step= (or past the end) lands on a real chapter. */
export function useStep(count: number): number {
  const step = useAtlasStore((state) => state.step);
  const current = clampStep(step ?? 1, count);
  useEffect(() => {
    if (count > 0 && step !== current) useAtlasStore.getState().goToChapter(current);
  }, [count, step, current]);
  return current;
}
