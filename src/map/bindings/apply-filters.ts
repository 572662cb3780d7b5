import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EventDrawing } from '../../data/crowd';
import { CLUSTER_LAYERS, FILTERED_EVENT_LAYERS, DRAWING_LAYERS } from '../layers';
import { eventFilterExpression, hasActiveFilter, type MapEventFilters } from '../layers/event-filter';
import { HALO_SHOWS } from '../layers/event-halos';
import { LAYER, type LayerId } from '../layers/ids';

/** Unclustered under a filter (a cluster's count cannot know it) or an open incident (seen as itself). */
export function applyEventFilters(
  map: MapLibreMap,
  filters: MapEventFilters,
  incidentOpen = false,
  drawing: EventDrawing = 'shapes',
): void {
  const expression = eventFilterExpression(filters);
  for (const layer of FILTERED_EVENT_LAYERS) {
    if (!map.getLayer(layer)) continue;
    map.setFilter(layer, layer === LAYER.eventHalos ? ['all', HALO_SHOWS, expression] : expression);
  }
  // Dots show density themselves; switching would lay out a second source on each filter change.
  const clustered = drawing === 'shapes' && !hasActiveFilter(filters) && !incidentOpen;
  const show = (layer: LayerId, visible: boolean) => {
    if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
  };
  for (const layer of CLUSTER_LAYERS) show(layer, clustered);
  for (const kind of ['shapes', 'dots'] as const) {
    show(DRAWING_LAYERS[kind].plain, kind === drawing && !clustered);
    show(DRAWING_LAYERS[kind].clustered, kind === drawing && clustered);
  }
}
