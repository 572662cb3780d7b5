import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps a CSS custom property on `target` equal to `source`'s height, so what is sized against it (the phone
 * sheet against the header) follows when the source wraps onto more lines, as longer languages make it.
 */
export function useHeightProperty(
  source: RefObject<HTMLElement | null>,
  target: RefObject<HTMLElement | null>,
  property: string,
): void {
  useLayoutEffect(() => {
    const from = source.current;
    const to = target.current;
    if (!from || !to || typeof ResizeObserver === 'undefined') return;
    const measure = () =>
      to.style.setProperty(property, `${Math.ceil(from.getBoundingClientRect().height)}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(from);
    return () => observer.disconnect();
  }, [source, target, property]);
}
