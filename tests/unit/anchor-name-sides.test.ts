import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import bases from '../../data/places/bases.json';
import core from '../../data/places/core.json';
import story from '../../data/story.json';
import { withNameSides } from '../../src/map/layers/anchor-name-sides';

const places = { type: 'FeatureCollection', features: [...core, ...bases] } as FeatureCollection;
const sideOf = (collection: FeatureCollection, id: string): unknown =>
  collection.features.find((feature) => feature.properties?.id === id)?.properties?.nameSide;

describe("where the map writes an anchor's name", () => {
  // The opening view's middle, as create-map.ts finds it from the story's camera.
  const [west = 0, , east = 0] = story.camera.bounds;
  const middleLon = (west + east) / 2;
  const named = withNameSides(places, story.anchors.places, middleLon);

  it("writes each base's name on the side of its pin furthest from its neighbours", () => {
    const sides = ['erbil-air-base', 'k1-air-base', 'al-asad-airbase', 'baghdad-international-airport'].map(
      (id) => sideOf(named, id),
    );
    expect(sides).toEqual(['north', 'east', 'south', 'south']);
    // Tower 22, the westernmost base, writes its name on the side away from Iraq.
    expect(sideOf(named, 'tower-22')).toBe('west');
  });

  it("writes a lone anchor's name towards the middle of the view, and gives a place that is not an anchor none", () => {
    expect(sideOf(named, 'kerman')).toBe('west');
    expect(sideOf(named, 'bab-el-mandeb')).toBe('west');
    const notAnchor = places.features.find(
      (feature) => !story.anchors.places.includes(String(feature.properties?.id)),
    );
    expect(sideOf(named, String(notAnchor?.properties?.id))).toBeUndefined();
  });
});
