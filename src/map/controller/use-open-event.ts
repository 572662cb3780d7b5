import { useCallback } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { useMapControllerSlot } from './map-controller-context';

/**
 * Opens an incident and, with `fly`, takes the camera to it. Only the list, the related links and the host's
 * command fly: a click on the map or a Back that opens an incident leaves the camera where the reader put it,
 * which is why the map does not simply follow `selectedId`.
 */
export function useOpenEvent(): (id: string, options?: { fly?: boolean }) => void {
  const slot = useMapControllerSlot();
  const openEvent = useAtlasStore((state) => state.openEvent);
  return useCallback(
    (id, { fly = false } = {}) => {
      openEvent(id);
      if (fly) void slot.current()?.showEvent(id);
    },
    [slot, openEvent],
  );
}
