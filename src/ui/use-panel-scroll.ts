import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

const scrollersOf = (panel: HTMLElement) => [
  panel,
  ...panel.querySelectorAll<HTMLElement>(':scope > .sheet__body'),
];

const SAVED_ON = ['scroll', 'click'] as const;

/**
 * The list's scroll is saved as the reader scrolls: once an incident replaces the list, it is clamped. A scroll
 * event waits for the next frame, so a click that follows a scroll within one frame saves it too (before React's own
 * listener, which is on the root, opens the incident).
 */
export function usePanelScroll(panel: RefObject<HTMLElement | null>, openKey: string | null): void {
  const listScroll = useRef<number[]>([]);
  const shownKey = useRef(openKey);

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const remember = () => {
      if (shownKey.current === null) listScroll.current = scrollersOf(element).map((each) => each.scrollTop);
    };
    for (const type of SAVED_ON) element.addEventListener(type, remember, { capture: true, passive: true });
    return () => {
      for (const type of SAVED_ON) element.removeEventListener(type, remember, { capture: true });
    };
  }, [panel]);

  useLayoutEffect(() => {
    const before = shownKey.current;
    shownKey.current = openKey;
    const element = panel.current;
    if (!element || before === openKey) return;
    scrollersOf(element).forEach((scroller, index) => {
      scroller.scrollTop = openKey === null ? (listScroll.current[index] ?? 0) : 0;
    });
  }, [panel, openKey]);
}
