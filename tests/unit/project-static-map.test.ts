import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../src/data/event-schema';
import { crowdPaths, projectStaticMap } from '../../src/features/static-map/project-static-map';
import { anIncident } from '../fixtures/incident';

// One country wound the RFC 7946 way (anticlockwise), as the basemap files are.
const square: FeatureCollection<Polygon, { name: string }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { name: 'Squareland' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [40, 20],
            [60, 20],
            [60, 30],
            [40, 30],
            [40, 20],
          ],
        ],
      },
    },
  ],
};
const at = (id: string, lon: number, lat: number) => anIncident(id, { at: [lon, lat] });

describe('the static map', () => {
  it('fits the countries to the box and places each event inside its country', () => {
    const drawing = projectStaticMap(square, [at('middle', 50, 25), at('corner', 40, 30)], 1000, 500);
    const middle = drawing.dots.find((dot) => dot.event.id === 'middle');
    expect(middle?.x).toBeCloseTo(500, 0);
    // Country edges are great-circle arcs, so the top edge bows north a little past the corner.
    const corner = drawing.dots.find((dot) => dot.event.id === 'corner');
    expect(corner?.y).toBeGreaterThan(8);
    expect(corner?.y).toBeLessThan(60);
    expect(drawing.countries[0]?.d).toMatch(/^M[\d.]+,[\d.]+L/);
  });

  it('leaves out events it cannot place in the box, rather than drawing them off the edge', () => {
    const drawing = projectStaticMap(square, [at('far', -100, 40), at('pole', 0, 90)], 1000, 500);
    expect(drawing.dots).toEqual([]);
  });

  it('draws a crowd as one path of discs per family, not one element per incident', () => {
    const kinds = ['bombing', 'airstrike', 'maritime-attack', 'hijacking'];
    const events = Array.from({ length: 2000 }, (_, index) => {
      const event = at(`e${index}`, 40 + (index % 20), 20 + (index % 10));
      return { ...event, properties: { category: kinds[index % kinds.length] } } as unknown as EventFeature;
    });
    const paths = crowdPaths(projectStaticMap(square, events, 1000, 500).dots, 4);
    expect([...paths.keys()].sort()).toEqual(['air-strike', 'at-sea', 'bombing']);
    const discs = [...paths.values()].reduce((sum, d) => sum + (d.match(/M/g)?.length ?? 0), 0);
    expect(discs).toBe(2000);
  });
});
