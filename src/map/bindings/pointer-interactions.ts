import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { useAtlasStore } from '../../store/atlas-store';
import { LAYER, SOURCE } from '../layers/ids';
import { INTERACTIVE_EVENT_LAYERS } from '../layers';

const idOf = (event: MapLayerMouseEvent): string | null => {
  const id = event.features?.[0]?.properties?.id;
  return typeof id === 'string' ? id : null;
};

/** Click or tap selects, hover highlights (and the list row follows), a cluster click zooms in to split it. */
export function bindPointer(map: MapLibreMap): () => void {
  const canvas = map.getCanvasContainer();
  const onEnter = () => (canvas.style.cursor = 'pointer');
  const onLeave = () => {
    canvas.style.cursor = '';
    useAtlasStore.getState().hover(null, 'map');
  };
  const onMove = (event: MapLayerMouseEvent) => {
    const id = idOf(event);
    if (id !== useAtlasStore.getState().hoveredId) useAtlasStore.getState().hover(id, 'map');
  };
  const onClick = (event: MapLayerMouseEvent) => {
    const id = idOf(event);
    if (id && !useAtlasStore.getState().measuring) useAtlasStore.getState().select(id);
  };
  const onClusterClick = async (event: MapLayerMouseEvent) => {
    const clusterId = event.features?.[0]?.properties?.cluster_id;
    const source = map.getSource<GeoJSONSource>(SOURCE.eventClusters);
    if (typeof clusterId !== 'number' || !source || useAtlasStore.getState().measuring) return;
    const zoom = await source.getClusterExpansionZoom(clusterId);
    map.easeTo({ center: event.lngLat, zoom: Math.min(zoom + 0.2, map.getMaxZoom()) });
  };

  const layers = [...INTERACTIVE_EVENT_LAYERS];
  for (const layer of layers) {
    map.on('mouseenter', layer, onEnter);
    map.on('mouseleave', layer, onLeave);
    map.on('mousemove', layer, onMove);
    map.on('click', layer, onClick);
  }
  map.on('mouseenter', LAYER.clusters, onEnter);
  map.on('mouseleave', LAYER.clusters, onLeave);
  map.on('click', LAYER.clusters, onClusterClick);

  return () => {
    for (const layer of layers) {
      map.off('mouseenter', layer, onEnter);
      map.off('mouseleave', layer, onLeave);
      map.off('mousemove', layer, onMove);
      map.off('click', layer, onClick);
    }
    map.off('mouseenter', LAYER.clusters, onEnter);
    map.off('mouseleave', LAYER.clusters, onLeave);
    map.off('click', LAYER.clusters, onClusterClick);
  };
}
