import { describe, expect, it } from 'vitest';
import { spreadOffsets } from '../../src/map/layers/spread-layout';

describe('spreading incidents that share a point', () => {
  it('puts each member round the point, the first above it, none touching another', () => {
    for (const count of [2, 4, 9]) {
      const offsets = spreadOffsets(count);
      expect(offsets).toHaveLength(count);
      expect(offsets[0]?.[0]).toBeCloseTo(0);
      expect(offsets[0]?.[1]).toBeLessThan(0);
      for (const [i, a] of offsets.entries())
        for (const b of offsets.slice(i + 1))
          expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(20);
    }
  });
});
