import type { SourceSpecification } from 'maplibre-gl';
import { SOURCE } from '../layers/ids';

const empty = { type: 'FeatureCollection' as const, features: [] };

/** Empty: story data arrives through TanStack Query and setData. */
export function storySources(): Record<string, SourceSpecification> {
  return {
    [SOURCE.events]: { type: 'geojson', data: empty, promoteId: 'id' },
    [SOURCE.eventClusters]: {
      type: 'geojson',
      data: empty,
      promoteId: 'id',
      cluster: true,
      clusterRadius: 20,
      clusterMaxZoom: 8,
    },
    [SOURCE.strikeArcs]: { type: 'geojson', data: empty, promoteId: 'id' },
    [SOURCE.regionOutlines]: { type: 'geojson', data: empty, promoteId: 'id' },
    [SOURCE.eventFocus]: { type: 'geojson', data: empty },
    [SOURCE.eventSpread]: { type: 'geojson', data: empty, promoteId: 'id' },
    [SOURCE.places]: { type: 'geojson', data: empty, promoteId: 'id' },
    [SOURCE.lanes]: { type: 'geojson', data: empty },
    [SOURCE.measure]: { type: 'geojson', data: empty },
  };
}
