import type { GeoJSONSource, MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { useAtlasStore } from '../../store/atlas-store';
import { INTERACTIVE_EVENT_LAYERS } from '../layers';
import { LAYER, SOURCE } from '../layers/ids';
import './keyboard-features.css';
import { t } from '../../i18n';
import type { SpreadMembers } from './spread-members';

/** More stops than this and Tab stops being a way through the map; the list is the twin for the rest. */
const MAX_STOPS = 120;

interface Stop {
  key: string;
  label: string;
  spread?: boolean;
  x: number;
  y: number;
  activate: () => void;
}

function eventStop(map: MapLibreMap, feature: MapGeoJSONFeature): Stop | null {
  const { id, title } = feature.properties as { id?: unknown; title?: unknown };
  if (typeof id !== 'string' || feature.geometry.type !== 'Point') return null;
  const { x, y } = map.project(feature.geometry.coordinates as [number, number]);
  return {
    key: `event:${id}`,
    label: typeof title === 'string' ? title : id,
    spread: feature.layer.id === LAYER.spreadPoints,
    x,
    y,
    activate: () => useAtlasStore.getState().select(id),
  };
}

function clusterStop(
  map: MapLibreMap,
  feature: MapGeoJSONFeature,
  spread: SpreadMembers,
  focusSpread: () => void,
): Stop | null {
  const { cluster_id: clusterId, point_count: count } = feature.properties as Record<string, unknown>;
  if (typeof clusterId !== 'number' || feature.geometry.type !== 'Point') return null;
  const center = feature.geometry.coordinates as [number, number];
  const { x, y } = map.project(center);
  return {
    key: `cluster:${clusterId}`,
    label: t('map.clusterStop', { count: Number(count) }),
    x,
    y,
    activate: () => {
      void spread.spreadCluster(clusterId, center).then(async (spreadOut) => {
        if (spreadOut) return focusSpread();
        const source = map.getSource<GeoJSONSource>(SOURCE.eventClusters);
        if (!source) return;
        const zoom = await source.getClusterExpansionZoom(clusterId);
        map.easeTo({ center, zoom: Math.min(zoom + 0.2, map.getMaxZoom()) });
      });
    },
  };
}

function visibleStops(map: MapLibreMap, spread: SpreadMembers, focusSpread: () => void): Stop[] {
  const layers = [...INTERACTIVE_EVENT_LAYERS, LAYER.clusters].filter(
    (layer) => map.getLayer(layer) && map.getLayoutProperty(layer, 'visibility') !== 'none',
  );
  const byKey = new Map<string, Stop>();
  const { width, height } = map.getCanvas().getBoundingClientRect();
  for (const feature of map.queryRenderedFeatures({ layers })) {
    const stop =
      feature.layer.id === LAYER.clusters
        ? clusterStop(map, feature, spread, focusSpread)
        : eventStop(map, feature);
    if (!stop || stop.x < 0 || stop.y < 0 || stop.x > width || stop.y > height) continue;
    // An incident spread out is also drawn on the point it shares; its spread symbol is the one to reach.
    if (!byKey.has(stop.key) || stop.spread) byKey.set(stop.key, stop);
  }
  // Reading order, so Tab moves across the map the way eyes do; a spread's members follow their bubble.
  const ordered = [...byKey.values()].sort(
    (a, b) => Math.round(a.y / 40) - Math.round(b.y / 40) || a.x - b.x,
  );
  const members = ordered.filter((stop) => stop.spread);
  const rest = ordered.filter((stop) => !stop.spread);
  const after = rest.findIndex((stop) => stop.key === spread.origin()) + 1;
  rest.splice(after, 0, ...members);
  return rest.slice(0, MAX_STOPS);
}

/** Only while focus is in the map: querying every symbol costs real time at 100k events. */
export function bindKeyboardFeatures(map: MapLibreMap, spread: SpreadMembers): () => void {
  const layer = document.createElement('div');
  layer.className = 'map-keys';
  layer.setAttribute('role', 'group');
  layer.setAttribute('aria-label', t('map.incidentsInView'));
  map.getCanvasContainer().after(layer);
  let signature = '';
  let pendingFocus: string | null = null;
  const focusSpread = () => void (pendingFocus = 'spread');

  const rebuild = () => {
    const stops = visibleStops(map, spread, focusSpread);
    const next = stops.map((stop) => `${stop.key}@${Math.round(stop.x)},${Math.round(stop.y)}`).join('|');
    if (next === signature) return;
    signature = next;
    const focusedKey = layer.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).dataset.key
      : undefined;
    layer.replaceChildren(
      ...stops.map((stop) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'map-keys__stop';
        button.dataset.key = stop.key;
        if (stop.spread) button.dataset.spread = '';
        button.setAttribute('aria-label', stop.label);
        button.style.transform = `translate(${stop.x}px, ${stop.y}px)`;
        button.addEventListener('click', stop.activate);
        if (stop.key.startsWith('event:')) {
          const id = stop.key.slice('event:'.length);
          button.addEventListener('focus', () => useAtlasStore.getState().hover(id, 'map'));
          button.addEventListener('blur', () => useAtlasStore.getState().hover(null, 'map'));
        }
        return button;
      }),
    );
    const wanted = pendingFocus ?? focusedKey;
    const target =
      wanted === 'spread'
        ? layer.querySelector<HTMLElement>('[data-spread]')
        : wanted
          ? layer.querySelector<HTMLElement>(`[data-key="${CSS.escape(wanted)}"]`)
          : null;
    // A spread not drawn yet keeps its wish for the rebuild that shows it.
    if (target || wanted !== 'spread') pendingFocus = null;
    target?.focus();
  };
  const hide = () => {
    // A moving map would leave the buttons behind; they return once it settles.
    if (!layer.contains(document.activeElement)) layer.replaceChildren();
    signature = '';
  };

  const container = map.getContainer();
  const focusInMap = () => container.contains(document.activeElement);
  const rebuildIfFocused = () => {
    if (focusInMap()) rebuild();
  };
  const onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && container.contains(event.relatedTarget)) return;
    layer.replaceChildren();
    signature = '';
  };

  const onKey = (event: KeyboardEvent) => {
    const focused = document.activeElement;
    if (event.key === 'Escape' && focused instanceof HTMLElement && 'spread' in focused.dataset)
      pendingFocus = spread.origin();
  };
  layer.addEventListener('keydown', onKey);
  container.addEventListener('focusin', rebuildIfFocused);
  container.addEventListener('focusout', onFocusOut);
  map.on('idle', rebuildIfFocused);
  map.on('movestart', hide);
  return () => {
    layer.removeEventListener('keydown', onKey);
    container.removeEventListener('focusin', rebuildIfFocused);
    container.removeEventListener('focusout', onFocusOut);
    map.off('idle', rebuildIfFocused);
    map.off('movestart', hide);
    layer.remove();
  };
}
