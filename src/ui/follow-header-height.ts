/**
 * A ref for the header: keeps `--header-rendered` on the shell equal to its height, so the phone sheet, sized
 * against it, follows when the header wraps onto two lines, as longer languages make it.
 */
export function followHeaderHeight(header: HTMLElement | null) {
  if (!header || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() =>
    header.parentElement?.style.setProperty('--header-rendered', `${header.offsetHeight}px`),
  );
  observer.observe(header);
  return () => observer.disconnect();
}
