import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSignedDistanceField } from '../../src/map/icons/signed-distance';

/** The definition, read literally: the nearest pixel of the other side within the radius, by brute force. */
function bruteForce(mask: Uint8ClampedArray, width: number, height: number): Uint8ClampedArray {
  const radius = 6;
  const isInside = (x: number, y: number) =>
    x >= 0 && y >= 0 && x < width && y < height && (mask[(y * width + x) * 4 + 3] ?? 0) >= 128;
  const out = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const here = isInside(x, y);
      let nearest = radius;
      for (let dy = -radius; dy <= radius; dy++)
        for (let dx = -radius; dx <= radius; dx++)
          if (isInside(x + dx, y + dy) !== here) nearest = Math.min(nearest, Math.hypot(dx, dy) - 0.5);
      const value = 255 - 255 * ((here ? -nearest : nearest) / radius + 0.25);
      out.set([255, 255, 255, Math.max(0, Math.min(255, Math.round(value)))], (y * width + x) * 4);
    }
  }
  return out;
}

function maskOf(width: number, height: number, alpha: number[]): Uint8ClampedArray {
  const mask = new Uint8ClampedArray(width * height * 4);
  alpha.forEach((value, i) => (mask[i * 4 + 3] = value));
  return mask;
}

describe('an icon turned into a signed distance field', () => {
  it('matches the brute-force definition for any drawn shape', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        fc.infiniteStream(fc.constantFrom(0, 90, 200, 255)),
        (width, height, stream) => {
          const mask = maskOf(width, height, [...stream.take(width * height)]);
          expect(toSignedDistanceField(mask, width, height)).toEqual(bruteForce(mask, width, height));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is opaque inside a filled square and clear far outside it', () => {
    const size = 30;
    const alpha = Array.from({ length: size * size }, (_, i) => {
      const x = i % size;
      const y = Math.floor(i / size);
      return x >= 10 && x < 20 && y >= 10 && y < 20 ? 255 : 0;
    });
    const field = toSignedDistanceField(maskOf(size, size, alpha), size, size);
    expect(field[(15 * size + 15) * 4 + 3]).toBe(255);
    expect(field[(0 * size + 0) * 4 + 3]).toBe(0);
  });
});
