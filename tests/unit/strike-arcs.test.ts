import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/data/event-schema';
import { toStrikeArcs } from '../../src/map/bindings/to-map-features';

function strike(id: string, origin?: [number, number]): EventFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [57.08, 30.28] },
    properties: {
      id,
      title: `Strike ${id}`,
      date: '2024-01-16',
      category: 'missile-strike',
      thread: 'proxies',
      place: 'Somewhere',
      country: 'IR',
      precision: 'city',
      precisionKm: 5,
      summary: 'A strike.',
      sources: [{ title: 'Source', publisher: 'Publisher', url: 'https://example.org/' }],
      ...(origin ? { origin } : {}),
    },
  };
}

describe('strike arcs', () => {
  it('draws an arc only for strikes with a documented launch point, carrying that strike’s properties', () => {
    const arcs = toStrikeArcs([strike('no-origin'), strike('from-iran', [51.4, 35.7]), strike('also-none')]);
    expect(arcs.features.map((arc) => arc.properties.id)).toEqual(['from-iran']);
    const [arc] = arcs.features;
    const [start, end] = [arc?.geometry.coordinates[0], arc?.geometry.coordinates.at(-1)];
    expect(start?.[0]).toBeCloseTo(51.4, 6);
    expect(start?.[1]).toBeCloseTo(35.7, 6);
    expect(end?.[0]).toBeCloseTo(57.08, 6);
    expect(end?.[1]).toBeCloseTo(30.28, 6);
    expect(arc?.properties.title).toBe('Strike from-iran');
  });
});
