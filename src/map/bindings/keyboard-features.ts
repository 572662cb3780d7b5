import type { GeoJSONSource, MapGeoJSONFeature, Map as MapLibreMap } from 'maplibre-gl';
import { useAtlasStore } from '../../store/atlas-store';
import { INTERACTIVE_EVENT_LAYERS } from '../layers';
import { LAYER, SOURCE } from '../layers/ids';
import './keyboard-features.css';
import { plural } from '../../lib/plural';

/** More stops than this and Tab stops being a way through the map; the list is the twin for the rest. */
const MAX_STOPS = 120;

interface Stop {
  key: string;
  label: string;
  x: number;
  y: number;
  activate(): void;
}

function eventStop(map: MapLibreMap, feature: MapGeoJSONFeature): Stop | null {
  const { id, title } = feature.properties as { id?: unknown; title?: unknown };
  if (typeof id !== 'string' || feature.geometry.type !== 'Point') return null;
  const { x, y } = map.project(feature.geometry.coordinates as [number, number]);
  return {
    key: `event:${id}`,
    label: typeof title === 'string' ? title : id,
    x,
    y,
    activate: () => useAtlasStore.getState().select(id),
  };
}

function clusterStop(map: MapLibreMap, feature: MapGeoJSONFeature): Stop | null {
  const { cluster_id: clusterId, point_count: count } = feature.properties as Record<string, unknown>;
  if (typeof clusterId !== 'number' || feature.geometry.type !== 'Point') return null;
  const center = feature.geometry.coordinates as [number, number];
  const { x, y } = map.project(center);
  return {
    key: `cluster:${clusterId}`,
    label: plural(Number(count), {
      one: '# incident here: zoom in',
      other: '# incidents close together: zoom in',
    }),
    x,
    y,
    activate: () => {
      void map
        .getSource<GeoJSONSource>(SOURCE.eventClusters)
        ?.getClusterExpansionZoom(clusterId)
        .then((zoom) => map.easeTo({ center, zoom: Math.min(zoom + 0.2, map.getMaxZoom()) }));
    },
  };
}

function visibleStops(map: MapLibreMap): Stop[] {
  const layers = [...INTERACTIVE_EVENT_LAYERS, LAYER.clusters].filter(
    (layer) => map.getLayer(layer) && map.getLayoutProperty(layer, 'visibility') !== 'none',
  );
  const seen = new Set<string>();
  const { width, height } = map.getCanvas().getBoundingClientRect();
  const stops: Stop[] = [];
  for (const feature of map.queryRenderedFeatures({ layers })) {
    const stop = feature.layer.id === LAYER.clusters ? clusterStop(map, feature) : eventStop(map, feature);
    if (!stop || seen.has(stop.key) || stop.x < 0 || stop.y < 0 || stop.x > width || stop.y > height)
      continue;
    seen.add(stop.key);
    stops.push(stop);
  }
  // Reading order (top to bottom, then left to right) so Tab moves across the map the way eyes do.
  return stops.sort((a, b) => Math.round(a.y / 40) - Math.round(b.y / 40) || a.x - b.x).slice(0, MAX_STOPS);
}

/**
 * The canvas cannot take focus per feature, so each incident in view gets a transparent button over its
 * symbol: Tab moves through them, Enter opens one, focus highlights it like a hover. The stops exist only while
 * keyboard focus is in the map (querying every drawn marker costs real time at 100k events), and are rebuilt
 * when the map settles, never per frame.
 */
export function bindKeyboardFeatures(map: MapLibreMap): () => void {
  const layer = document.createElement('div');
  layer.className = 'map-keys';
  layer.setAttribute('role', 'group');
  layer.setAttribute('aria-label', 'Incidents in view on the map');
  map.getCanvasContainer().after(layer);
  let signature = '';

  const rebuild = () => {
    const stops = visibleStops(map);
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
    if (focusedKey) layer.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusedKey)}"]`)?.focus();
  };
  const hide = () => {
    // A moving map would leave the buttons behind; they come back where they belong once it settles.
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

  container.addEventListener('focusin', rebuildIfFocused);
  container.addEventListener('focusout', onFocusOut);
  map.on('idle', rebuildIfFocused);
  map.on('movestart', hide);
  return () => {
    container.removeEventListener('focusin', rebuildIfFocused);
    container.removeEventListener('focusout', onFocusOut);
    map.off('idle', rebuildIfFocused);
    map.off('movestart', hide);
    layer.remove();
  };
}
