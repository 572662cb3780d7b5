export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const GAP_PX = 12;
/** Below this share of width or height the covers are not stepped round. */
const MIN_SHARE = 0.4;

/** Each `data-map-cover` is stepped round on the side that costs the map least. */
export function clearOfCovers(container: HTMLElement, base: Padding): Padding {
  const frame = container.getBoundingClientRect();
  const padding = { ...base };
  for (const cover of container.parentElement?.querySelectorAll<HTMLElement>('[data-map-cover]') ?? []) {
    const box = cover.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const onLeft = box.left + box.width / 2 < frame.left + frame.width / 2;
    const onTop = box.top + box.height / 2 < frame.top + frame.height / 2;
    const across = onLeft ? box.right - frame.left + GAP_PX : frame.right - box.left + GAP_PX;
    const down = onTop ? box.bottom - frame.top + GAP_PX : frame.bottom - box.top + GAP_PX;
    if (across * frame.height <= down * frame.width) {
      const side = onLeft ? 'left' : 'right';
      padding[side] = Math.max(padding[side], Math.round(across));
    } else {
      const side = onTop ? 'top' : 'bottom';
      padding[side] = Math.max(padding[side], Math.round(down));
    }
  }
  const roomy =
    frame.width - padding.left - padding.right >= frame.width * MIN_SHARE &&
    frame.height - padding.top - padding.bottom >= frame.height * MIN_SHARE;
  return roomy ? padding : base;
}
