/** The phone sheet is sized against `--header-rendered`; longer languages wrap the header. */
export function followHeaderHeight(header: HTMLElement | null) {
  if (!header || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() =>
    header.parentElement?.style.setProperty('--header-rendered', `${header.offsetHeight}px`),
  );
  observer.observe(header);
  return () => observer.disconnect();
}
