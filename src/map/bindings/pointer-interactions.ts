import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { useAtlasStore } from '../../store/atlas-store';
import { LAYER, SOURCE } from '../layers/ids';
import { INTERACTIVE_EVENT_LAYERS } from '../layers';
import type { SpreadMembers } from './spread-members';

const idOf = (event: MapLayerMouseEvent): string | null => {
  const id: unknown = event.features?.[0]?.properties?.id;
  return typeof id === 'string' ? id : null;
};

function symbolsAt(map: MapLibreMap, { x, y }: { x: number; y: number }) {
  const layers = INTERACTIVE_EVENT_LAYERS.filter(
    (layer) => layer !== LAYER.spreadPoints && map.getLayer(layer),
  );
  return map.queryRenderedFeatures(
    [
      [x - 4, y - 4],
      [x + 4, y + 4],
    ],
    { layers },
  );
}

/** A cluster click zooms in to split it, or spreads its members where zooming never would. */
export function bindPointer(map: MapLibreMap, spread: SpreadMembers): () => void {
  const canvas = map.getCanvasContainer();
  const onEnter = () => (canvas.style.cursor = 'pointer');
  const onLeave = (event: MapLayerMouseEvent) => {
    // Leaving a bubble for the member spread beside it, or one symbol for its neighbour, is not leaving.
    const layers = [...INTERACTIVE_EVENT_LAYERS, LAYER.clusters].filter((layer) => map.getLayer(layer));
    if (map.queryRenderedFeatures([event.point.x, event.point.y], { layers }).length) return;
    canvas.style.cursor = '';
    useAtlasStore.getState().hover(null, 'map');
  };
  const onMove = (event: MapLayerMouseEvent) => {
    const id = idOf(event);
    if (id !== useAtlasStore.getState().hoveredId) useAtlasStore.getState().hover(id, 'map');
  };
  const onClick = (event: MapLayerMouseEvent) => {
    const id = idOf(event);
    if (!id || useAtlasStore.getState().measuring) return;
    const onSpread = event.features?.[0]?.layer.id === LAYER.spreadPoints;
    if (!onSpread && spread.spreadAt(symbolsAt(map, event.point))) return;
    useAtlasStore.getState().select(id);
  };
  const expandCluster = async (event: MapLayerMouseEvent) => {
    const clusterId: unknown = event.features?.[0]?.properties?.cluster_id;
    const source = map.getSource<GeoJSONSource>(SOURCE.eventClusters);
    if (typeof clusterId !== 'number' || !source || useAtlasStore.getState().measuring) return;
    const center = event.features?.[0]?.geometry;
    if (
      center?.type === 'Point' &&
      (await spread.spreadCluster(clusterId, center.coordinates as [number, number]))
    )
      return;
    const zoom = await source.getClusterExpansionZoom(clusterId);
    map.easeTo({ center: event.lngLat, zoom: Math.min(zoom + 0.2, map.getMaxZoom()) });
  };
  const onClusterClick = (event: MapLayerMouseEvent) => void expandCluster(event);

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
