import type { Map as MapLibreMap } from 'maplibre-gl';
import { SOURCE } from '../layers/ids';

/** These share event ids, so must agree on hover and selection. */
const EVENT_SOURCES = [
  SOURCE.events,
  SOURCE.eventClusters,
  SOURCE.strikeArcs,
  SOURCE.regionOutlines,
  SOURCE.eventSpread,
] as const;

export function setEventState(
  map: MapLibreMap,
  id: string | null,
  key: 'hover' | 'selected',
  value: boolean,
): void {
  if (!id) return;
  for (const source of EVENT_SOURCES) {
    if (map.getSource(source)) map.setFeatureState({ source, id }, { [key]: value });
  }
}

export function moveEventState(
  map: MapLibreMap,
  key: 'hover' | 'selected',
  previous: string | null,
  next: string | null,
): void {
  if (previous === next) return;
  setEventState(map, previous, key, false);
  setEventState(map, next, key, true);
}
