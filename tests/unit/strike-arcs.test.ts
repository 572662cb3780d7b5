import { describe, expect, it } from 'vitest';
import { toStrikeArcs } from '../../src/map/bindings/to-map-features';
import { anIncident } from '../fixtures/incident';

const strike = (id: string, origin?: [number, number]) =>
  anIncident(id, {
    at: [57.08, 30.28],
    title: `Strike ${id}`,
    date: '2024-01-16',
    category: 'missile-strike',
    thread: 'proxies',
    ...(origin ? { origin } : {}),
  });

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
