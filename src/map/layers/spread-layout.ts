/** Screen pixels, for a few members; more widen it. */
const BASE_RADIUS_PX = 30;
const SPACING_PX = 26;

/** Leaflet.markercluster's spiderfy: round a circle, first straight up, neighbours not touching. */
export function spreadOffsets(count: number): [number, number][] {
  const radius = Math.max(BASE_RADIUS_PX, (count * SPACING_PX) / (2 * Math.PI));
  return Array.from({ length: count }, (_, index) => {
    const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  });
}

/** Closer than this on screen at the deepest clustering zoom, members cannot be told apart by zooming. */
export const INSEPARABLE_PX = 12;
