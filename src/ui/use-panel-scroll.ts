import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

const scrollersOf = (panel: HTMLElement) => [
  panel,
  ...panel.querySelectorAll<HTMLElement>(':scope > .sheet__body'),
];

/** The list's scroll is saved as the reader scrolls: once an incident replaces the list, it is clamped. */
export function usePanelScroll(panel: RefObject<HTMLElement | null>, openKey: string | null): void {
  const listScroll = useRef<number[]>([]);
  const shownKey = useRef(openKey);

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const remember = () => {
      if (shownKey.current === null) listScroll.current = scrollersOf(element).map((each) => each.scrollTop);
    };
    element.addEventListener('scroll', remember, { capture: true, passive: true });
    return () => element.removeEventListener('scroll', remember, { capture: true });
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
