import { useCallback, useEffect, useRef } from 'react';
import { useAtlasStore } from '../../store/atlas-store';

export function useCloseWithFocusReturn(id: string): () => void {
  const closeEvent = useAtlasStore((state) => state.closeEvent);
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    if (!returnTo.current) returnTo.current = document.activeElement;
  }, []);

  const close = useCallback(() => {
    const previous = returnTo.current;
    closeEvent();
    requestAnimationFrame(() => {
      if (previous instanceof HTMLElement && previous.isConnected && previous !== document.body) {
        previous.focus();
        return;
      }
      // The list row, not the timeline glyph that shares the attribute: the list is where a keyboard reader
      // was.
      document.querySelector<HTMLElement>(`#event-list [data-event-id="${CSS.escape(id)}"]`)?.focus();
    });
  }, [id, closeEvent]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  return close;
}
