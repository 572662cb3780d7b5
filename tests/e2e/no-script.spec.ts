import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';

describe('a reader whose browser runs no JavaScript', () => {
  it.each(['', 'embed.html'])(
    'gets, at "/%s", the picture of the opening map with its alt text and every incident with its date',
    async (path) => {
      const atlas = await openAtlas({ path, javaScript: false });
      const page = await atlas.withoutScripts();
      expect(page.pictureDrawn).toBe(true);
      expect(page.alt).toMatch(/^Map of the region as the atlas opens/);
      const events = JSON.parse(readFileSync('public/geo/events.geojson', 'utf8')) as { features: unknown[] };
      expect(page.incidents).toHaveLength(events.features.length);
      expect(page.incidents).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^3 January 2024: Twin bombings at the Soleimani memorial/),
        ]),
      );
      expect(atlas.consoleErrors).toEqual([]);
    },
  );
});
