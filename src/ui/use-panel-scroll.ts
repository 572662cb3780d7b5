import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

const scrollersOf = (panel: HTMLElement) => [
  panel,
  ...panel.querySelectorAll<HTMLElement>(':scope > .sheet__body'),
];

/**
 * The panel shows either the list or one incident. Opening an incident starts at its top, however far down the
 * list the reader was; closing it puts the list back where the reader left it. The panel scrolls itself on wide
 * screens and through its body on phones, so both are handled. The list's position is kept as the reader scrolls:
 * by the time the incident has replaced it, the browser has already clamped the old position.
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
