import { describe, expect, it } from 'vitest';
import { ratio, ratioInterval } from '../../scripts/bench/stats';

describe('the interval the benchmark prints beside a ratio', () => {
  it('is a single point when every sample of the atlas takes twice the floor page', () => {
    expect(ratioInterval([40, 40, 40], [20, 20, 20])).toEqual([2, 2]);
  });

  it('spans the figure a median gave, and widens when the samples fall into two modes', () => {
    const steady = ratioInterval([100, 102, 98, 101, 99, 100], [50, 51, 49, 50, 50, 51]);
    const twoModes = ratioInterval([30, 120, 35, 125, 32, 118], [15, 95, 14, 20, 90, 16]);
    const median = ratio(100.5, 50);
    expect(steady[0]).toBeLessThanOrEqual(median);
    expect(steady[1]).toBeGreaterThanOrEqual(median);
    expect(twoModes[1] - twoModes[0]).toBeGreaterThan(steady[1] - steady[0]);
  });

  it('gives the same interval for the same samples, and none without samples', () => {
    const samples: [number[], number[]] = [
      [30, 120, 35, 125],
      [15, 95, 14, 20],
    ];
    expect(ratioInterval(...samples)).toEqual(ratioInterval(...samples));
    expect(ratioInterval([], [1]).every(Number.isNaN)).toBe(true);
  });
});
