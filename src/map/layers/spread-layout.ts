/** Screen pixels between a spread member and the point the members share, for a few members; more widen it. */
const BASE_RADIUS_PX = 30;
/** Roughly an icon's width plus a gap, along the circle. */
const SPACING_PX = 26;

/**
 * Where members that share a point go when spread: evenly round a circle, the first straight up, the circle wide
 * enough that neighbours do not touch (what Leaflet.markercluster's spiderfy does for small groups). Offsets are
 * in screen pixels from the shared point.
 */
export function spreadOffsets(count: number): [number, number][] {
  const radius = Math.max(BASE_RADIUS_PX, (count * SPACING_PX) / (2 * Math.PI));
  return Array.from({ length: count }, (_, index) => {
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}

/** Members closer than this on screen, even at the deepest clustering zoom, cannot be told apart by zooming. */
export const INSEPARABLE_PX = 12;
