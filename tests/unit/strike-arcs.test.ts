import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index';
import { toStrikeArcs } from '../../src/map/bindings/to-map-features';
import { anIncident } from '../fixtures/incident';

const strike = (id: string, origin?: [number, number], date = '2024-01-16') =>
  anIncident(id, {
    at: [57.08, 30.28],
    title: `Strike ${id}`,
    date,
    category: 'missile-strike',
    thread: 'proxies',
    ...(origin ? { origin } : {}),
  });

describe('strike arcs', () => {
  it('draws an arc only for strikes with a documented launch point, carrying that strike’s properties', () => {
    const arcs = toStrikeArcs(
      indexDataset([strike('no-origin'), strike('from-iran', [51.4, 35.7]), strike('also-none')]),
    );
    expect(arcs.features.map((arc) => arc.properties.id)).toEqual(['from-iran']);
    const [arc] = arcs.features;
    const [start, end] = [arc?.geometry.coordinates[0], arc?.geometry.coordinates.at(-1)];
    expect(start?.[0]).toBeCloseTo(51.4, 6);
    expect(start?.[1]).toBeCloseTo(35.7, 6);
    expect(end?.[0]).toBeCloseTo(57.08, 6);
    expect(end?.[1]).toBeCloseTo(30.28, 6);
    expect(arc?.properties.title).toBe('Strike from-iran');
  });

  it('keeps each arc with its own strike in a file that lists 2024 before 2020', () => {
    const arcs = toStrikeArcs(
      indexDataset([
        strike('later', [51.4, 35.7], '2024-01-16'),
        strike('no-origin', undefined, '2022-05-01'),
        strike('earlier', [44.2, 33.3], '2020-01-08'),
      ]),
    );
    const launchOf = (id: string) =>
      arcs.features.find((arc) => arc.properties.id === id)?.geometry.coordinates[0]?.[0];
    expect(arcs.features.map((arc) => arc.properties.title)).toEqual(['Strike earlier', 'Strike later']);
    expect(launchOf('earlier')).toBeCloseTo(44.2, 6);
    expect(launchOf('later')).toBeCloseTo(51.4, 6);
  });
});
