import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { CLUSTER_LAYERS, FILTERED_EVENT_LAYERS } from '../layers';
import { EVENT_POINTS } from '../layers/event-points';
import { eventFilterExpression, hasActiveFilter, type MapEventFilters } from '../layers/event-filter';

const HALO_ONLY: ExpressionSpecification = ['>', ['get', 'haloZ0'], 0];

/**
 * Filters become layer filters. Clusters give way to plain points while any filter applies (a cluster's count
 * cannot know about filters) and while an incident is open (it must be seen as itself, not inside a bubble).
 */
export function applyEventFilters(map: MapLibreMap, filters: MapEventFilters, incidentOpen = false): void {
  const expression = eventFilterExpression(filters);
  for (const layer of FILTERED_EVENT_LAYERS) {
    if (!map.getLayer(layer)) continue;
    map.setFilter(layer, layer === 'event-halos' ? ['all', HALO_ONLY, expression] : expression);
  }
  const clustered = !hasActiveFilter(filters) && !incidentOpen;
  for (const layer of CLUSTER_LAYERS) {
    if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', clustered ? 'visible' : 'none');
  }
  if (map.getLayer(EVENT_POINTS))
    map.setLayoutProperty(EVENT_POINTS, 'visibility', clustered ? 'none' : 'visible');
}
