import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';

/**
 * On a software GPU each shader program MapLibre links costs tens of milliseconds of the first load. The layers
 * written to share programs (src/map/layers/shared-programs.ts) bring the count from 13 down to 11
 * (docs/PERFORMANCE.md); a layer that loses its sharing shows up here as a twelfth.
 */
const SHARED_PROGRAMS = 11;

describe('the map on a software GPU', () => {
  it('links no more shader programs than the shared layers need, at any zoom of the region', async () => {
    const atlas = await openAtlas();
    await atlas.waitForMapIdle();
    expect(await atlas.shaderProgramsLinked()).toBeLessThanOrEqual(SHARED_PROGRAMS);

    for (const zoom of [3, 5, 7]) {
      await atlas.jumpTo({ zoom, lat: 31, lon: 47 });
      await atlas.waitForMapIdle();
    }
    expect(await atlas.shaderProgramsLinked()).toBeLessThanOrEqual(SHARED_PROGRAMS);
  });
});
