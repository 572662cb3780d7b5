/** MapLibre's SDF convention, so one white icon is tinted per category and theme and haloed when selected. */
const RADIUS = 6;
const CUTOFF = 0.25;

/** Nearest first, so the search stops at its first hit; offsets at RADIUS or beyond cannot beat the cap. */
const NEIGHBOURS = (() => {
  const list: { dx: number; dy: number; distance: number }[] = [];
  for (let dy = -RADIUS; dy <= RADIUS; dy++) {
    for (let dx = -RADIUS; dx <= RADIUS; dx++) {
      const distance = Math.hypot(dx, dy) - 0.5;
      if (distance < RADIUS) list.push({ dx, dy, distance });
    }
  }
  list.sort((a, b) => a.distance - b.distance);
  return {
    dx: Int8Array.from(list, (n) => n.dx),
    dy: Int8Array.from(list, (n) => n.dy),
    distance: Float64Array.from(list, (n) => n.distance),
  };
})();

export function toSignedDistanceField(
  mask: Uint8ClampedArray,
  width: number,
  height: number,
): Uint8ClampedArray {
  const inside = new Uint8Array(width * height);
  for (let i = 0; i < inside.length; i++) inside[i] = (mask[i * 4 + 3] ?? 0) >= 128 ? 1 : 0;
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const here = inside[y * width + x];
      let nearest = RADIUS;
      for (let n = 0; n < NEIGHBOURS.distance.length; n++) {
        const xx = x + NEIGHBOURS.dx[n]!;
        const yy = y + NEIGHBOURS.dy[n]!;
        const other = yy < 0 || yy >= height || xx < 0 || xx >= width ? 0 : inside[yy * width + xx];
        if (other !== here) {
          nearest = NEIGHBOURS.distance[n]!;
          break;
        }
      }
      const signed = here ? -nearest : nearest;
      const value = 255 - 255 * (signed / RADIUS + CUTOFF);
      const offset = (y * width + x) * 4;
      out[offset] = out[offset + 1] = out[offset + 2] = 255;
      out[offset + 3] = Math.max(0, Math.min(255, Math.round(value)));
    }
  }
  return out;
}
