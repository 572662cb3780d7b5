import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, LngLatLike, Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { useAtlasStore } from '../../store/atlas-store';
import { LAYER, SOURCE } from '../layers/ids';
import { INTERACTIVE_EVENT_LAYERS } from '../layers';
import { INSEPARABLE_PX, spreadOffsets } from '../layers/spread-layout';

/** From style/story-sources.ts. */
const DEEPEST_CLUSTER_ZOOM = 9;

export interface SpreadMembers {
  /** False when zooming would part it. */
  spreadCluster: (clusterId: number, center: [number, number]) => Promise<boolean>;
  /** False when only one is there. */
  spreadAt: (features: readonly MapGeoJSONFeature[]) => boolean;
  /** Kept after folding, for focus to return to. */
  origin: () => string | null;
  isSpread: () => boolean;
  fold: () => void;
  dispose: () => void;
}

type PointFeature = { properties: Record<string, unknown> | null; geometry: { coordinates: number[] } };

const positionOf = (feature: PointFeature) => feature.geometry.coordinates as [number, number];

/** Incidents sharing a point (the four Kerman records) never part by zooming; spread, each is a symbol. */
export function bindSpreadMembers(map: MapLibreMap): SpreadMembers {
  let from: string | null = null;
  let shown = false;

  const show = (members: readonly PointFeature[], center: [number, number], key: string | null) => {
    const origin = map.project(center);
    const features: Feature[] = [];
    spreadOffsets(members.length).forEach(([dx, dy], index) => {
      const member = members[index];
      if (!member) return;
      const at = map.unproject([origin.x + dx, origin.y + dy]).toArray();
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: [center, at] },
        properties: { kind: 'leg' },
      });
      features.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: at },
        properties: { ...member.properties, kind: 'member' },
      });
    });
    from = key;
    shown = true;
    void map.getSource<GeoJSONSource>(SOURCE.eventSpread)?.setData({ type: 'FeatureCollection', features });
  };

  const fold = () => {
    if (!shown) return;
    shown = false;
    const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
    void map.getSource<GeoJSONSource>(SOURCE.eventSpread)?.setData(empty);
  };

  const widestGap = (members: readonly PointFeature[]) => {
    const points = members.map((member) => map.project(positionOf(member) as LngLatLike));
    let widest = 0;
    for (const a of points)
      for (const b of points) widest = Math.max(widest, Math.hypot(a.x - b.x, a.y - b.y));
    return widest * 2 ** (DEEPEST_CLUSTER_ZOOM - map.getZoom());
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !shown) return;
    // Folding is all this Esc does; the open incident stays open.
    event.preventDefault();
    fold();
  };
  const onClick = (event: { point: { x: number; y: number } }) => {
    if (!shown) return;
    // A click on a symbol or a bubble is theirs to handle (it may be the one spreading).
    const layers = [...INTERACTIVE_EVENT_LAYERS, LAYER.clusters].filter((layer) => map.getLayer(layer));
    if (!map.queryRenderedFeatures([event.point.x, event.point.y], { layers }).length) fold();
  };
  const unsubscribe = useAtlasStore.subscribe((state, previous) => {
    if (
      state.categories !== previous.categories ||
      state.threads !== previous.threads ||
      state.search !== previous.search ||
      state.timeWindow !== previous.timeWindow
    )
      fold();
  });
  document.addEventListener('keydown', onKey, true);
  map.on('click', onClick);
  map.on('zoomstart', fold);

  return {
    async spreadCluster(clusterId, center) {
      const source = map.getSource<GeoJSONSource>(SOURCE.eventClusters);
      if (!source) return false;
      const leaves = (await source.getClusterLeaves(clusterId, Infinity, 0)) as PointFeature[];
      if (leaves.length < 2 || widestGap(leaves) > INSEPARABLE_PX) return false;
      show(leaves, center, `cluster:${clusterId}`);
      return true;
    },
    spreadAt(features) {
      const seen = new Set<unknown>();
      const members = features.filter((feature) => {
        const id: unknown = feature.properties.id;
        if (feature.layer.id === LAYER.spreadPoints || feature.geometry.type !== 'Point' || seen.has(id))
          return false;
        seen.add(id);
        return true;
      }) as unknown as PointFeature[];
      const first = members[0];
      if (!first || members.length < 2 || widestGap(members) > INSEPARABLE_PX) return false;
      show(members, positionOf(first), null);
      return true;
    },
    origin: () => from,
    fold,
    isSpread: () => shown,
    dispose: () => {
      unsubscribe();
      document.removeEventListener('keydown', onKey, true);
      map.off('click', onClick);
      map.off('zoomstart', fold);
    },
  };
}
