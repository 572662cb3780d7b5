// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/data/dataset-index';
import { eventFeature } from '../../src/data/event-schema';
import { parseFeatureCollection } from '../../src/data/parse-collection';
import { isRegionWide } from '../../src/data/region-wide';
import { distanceKm } from '../../src/lib/geodesy';
import { toMapEvents, toRegionOutlines } from '../../src/map/bindings/to-map-features';
import { anIncident } from '../fixtures/incident';

const campaign = anIncident('campaign', {
  at: [41.93, 35.2],
  category: 'drone-attack',
  precision: 'region',
  precisionKm: 500,
});
const stretchOfSea = anIncident('stretch-of-sea', {
  at: [42.5, 14.5],
  category: 'maritime-attack',
  precision: 'region',
  precisionKm: 100,
});

describe('region-wide records', () => {
  it('are drawn as an outlined area with no halo, while a narrower region keeps its halo', () => {
    const points = toMapEvents(indexDataset([campaign, stretchOfSea])).features;
    expect(points.find((point) => point.properties.id === 'campaign')?.properties.haloZ0).toBe(0);
    expect(
      points.find((point) => point.properties.id === 'stretch-of-sea')?.properties.haloZ0,
    ).toBeGreaterThan(0);

    const outlines = toRegionOutlines(indexDataset([campaign, stretchOfSea])).features;
    expect(outlines.map((outline) => outline.properties.id)).toEqual(['campaign']);
    const ring = outlines[0]!.geometry.coordinates;
    expect(ring[0]).toEqual(ring.at(-1));
    for (const vertex of ring)
      expect(distanceKm([41.93, 35.2], vertex as [number, number])).toBeCloseTo(500, 0);
  });

  it('in the bundled data are the campaign count and the strikes across Yemen, nothing narrower', async () => {
    const file = path.resolve(import.meta.dirname, '../../public/geo/events.geojson');
    const { features } = parseFeatureCollection(
      JSON.parse(await readFile(file, 'utf8')),
      eventFeature,
      'events',
    );
    const wide = features.filter((event) => isRegionWide(event.properties)).map((event) => event.id);
    expect(wide.sort()).toEqual(['us-forces-iraq-syria-attack-count-2023', 'us-uk-strikes-yemen-2024-01-12']);
  });
});
