import type { SourceSpecification } from 'maplibre-gl';

const empty = { type: 'FeatureCollection' as const, features: [] };

/** Story data arrives through TanStack Query and is handed over with setData; the style starts empty. */
export function storySources(): Record<string, SourceSpecification> {
  return {
    events: { type: 'geojson', data: empty, promoteId: 'id' },
    'event-clusters': {
      type: 'geojson',
      data: empty,
      promoteId: 'id',
      cluster: true,
      clusterRadius: 20,
      clusterMaxZoom: 8,
    },
    'strike-arcs': { type: 'geojson', data: empty, promoteId: 'id' },
    'event-focus': { type: 'geojson', data: empty },
    places: { type: 'geojson', data: empty, promoteId: 'id' },
    lanes: { type: 'geojson', data: empty },
    measure: { type: 'geojson', data: empty },
  };
}
