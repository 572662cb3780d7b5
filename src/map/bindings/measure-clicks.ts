import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useAtlasStore } from '../../store/atlas-store';
import type { MeasurePoint } from '../../store/measure-slice';
import { INTERACTIVE_EVENT_LAYERS } from '../layers';
import { LAYER } from '../layers/ids';

const SNAP_LAYERS = [...INTERACTIVE_EVENT_LAYERS, LAYER.places, LAYER.anchorPins];

const degrees = (value: number, positive: string, negative: string) =>
  `${Math.abs(value).toFixed(2)}°${value >= 0 ? positive : negative}`;

function pointAt(map: MapLibreMap, event: MapMouseEvent): MeasurePoint {
  const layers = SNAP_LAYERS.filter((layer) => map.getLayer(layer));
  const feature = layers.length ? map.queryRenderedFeatures(event.point, { layers })[0] : undefined;
  if (feature?.geometry.type === 'Point') {
    // Rendered geometry is rounded to the tile grid; `ref` lets the readout use the record's own coordinates.
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const { id, title, name } = feature.properties as Record<string, unknown>;
    const label = title ?? name;
    const kind =
      feature.layer.id === LAYER.places || feature.layer.id === LAYER.anchorPins ? 'place' : 'event';
    if (typeof label === 'string' && typeof id === 'string') return { lon, lat, label, ref: `${kind}:${id}` };
  }
  const { lng, lat } = event.lngLat;
  return { lon: lng, lat, label: `${degrees(lat, 'N', 'S')} ${degrees(lng, 'E', 'W')}` };
}

export function bindMeasureClicks(map: MapLibreMap): () => void {
  const onClick = (event: MapMouseEvent) => {
    const state = useAtlasStore.getState();
    if (state.measuring) state.addMeasurePoint(pointAt(map, event));
  };
  map.on('click', onClick);
  return () => void map.off('click', onClick);
}
