import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EventMarks } from '../../data/crowd';
import { CLUSTER_LAYERS, FILTERED_EVENT_LAYERS, MARK_LAYERS } from '../layers';
import { eventFilterExpression, hasActiveFilter, type MapEventFilters } from '../layers/event-filter';
import { HALO_SHOWS } from '../layers/event-halos';

/**
 * Filters become layer filters. Clusters give way to plain points while any filter applies (a cluster's count
 * cannot know about filters) and while an incident is open (it must be seen as itself, not inside a bubble).
 */
export function applyEventFilters(
  map: MapLibreMap,
  filters: MapEventFilters,
  incidentOpen = false,
  marks: EventMarks = 'shapes',
): void {
  const expression = eventFilterExpression(filters);
  for (const layer of FILTERED_EVENT_LAYERS) {
    if (!map.getLayer(layer)) continue;
    map.setFilter(layer, layer === 'event-halos' ? ['all', HALO_SHOWS, expression] : expression);
  }
  // A crowd of dots is never clustered: the dots show density themselves, and switching between clusters and
  // points would make the worker lay out a second source on every filter change.
  const clustered = marks === 'shapes' && !hasActiveFilter(filters) && !incidentOpen;
  const show = (layer: string, visible: boolean) => {
    if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
  };
  for (const layer of CLUSTER_LAYERS) show(layer, clustered);
  for (const kind of ['shapes', 'dots'] as const) {
    show(MARK_LAYERS[kind].plain, kind === marks && !clustered);
    show(MARK_LAYERS[kind].clustered, kind === marks && clustered);
  }
}
