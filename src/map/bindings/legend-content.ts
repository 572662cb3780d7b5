import type { Map as MapLibreMap } from 'maplibre-gl';
import { FAMILIES, type Family } from '../../data/category-families';
import type { EventDrawing } from '../../data/crowd';
import { PLACE_KINDS, type PlaceKind } from '../../data/vocabulary';
import { DRAWING_LAYERS } from '../layers';
import { LAYER, type LayerId } from '../layers/ids';
import type { LegendContent } from '../legend/legend-entries';

const SHAPE_LAYERS = [
  DRAWING_LAYERS.shapes.plain,
  DRAWING_LAYERS.shapes.clustered,
  LAYER.spreadPoints,
  LAYER.selectedEventPoint,
];

/**
 * A crowd's dots are not read one by one: at 100k that query costs more than the legend is worth. A layer out of
 * its zoom range is not queried either: any query of a layer decodes its source's tiles, and at 100k the halos'
 * (hidden below CROWD_HALO_MIN_ZOOM) took 0.6 s after every filter change (npm run bench: the brush drag).
 */
export function readLegendContent(map: MapLibreMap, drawing: EventDrawing): LegendContent {
  const zoom = map.getZoom();
  const shown = (id: LayerId) => map.getLayer(id)?.isHidden(zoom) === false;
  const drawn = (layer: LayerId) => (shown(layer) ? map.queryRenderedFeatures({ layers: [layer] }) : []);
  const families = new Set<string>();
  if (drawing === 'dots') FAMILIES.forEach((family) => families.add(family));
  else
    for (const feature of map.queryRenderedFeatures({ layers: SHAPE_LAYERS.filter(shown) }))
      families.add(String(feature.properties.family));
  const places = new Set(drawn(LAYER.places).map((feature) => String(feature.properties.kind)));
  return {
    drawing,
    families: FAMILIES.filter((family: Family) => families.has(family)),
    clusters: drawn(LAYER.clusters).length > 0,
    halos: drawn(LAYER.eventHalos).length > 0,
    regionWide: drawn(LAYER.regionOutlines).length > 0,
    arcs: drawn(LAYER.strikeArcs).length > 0,
    lanes: drawn(LAYER.lanes).length > 0,
    proxyTint: drawn(LAYER.proxyTint).length > 0,
    anchors: drawn(LAYER.anchorPins).length > 0,
    places: PLACE_KINDS.filter((kind: PlaceKind) => places.has(kind)),
    selection: drawn(LAYER.selectedEventPoint).length > 0,
    measure: drawn(LAYER.measureLine).length > 0,
  };
}

export function watchLegendContent(
  map: MapLibreMap,
  drawing: () => EventDrawing,
  listener: (content: LegendContent) => void,
): () => void {
  let last = '';
  const read = () => {
    const content = readLegendContent(map, drawing());
    const signature = JSON.stringify(content);
    if (signature === last) return;
    last = signature;
    listener(content);
  };
  map.on('idle', read);
  if (map.loaded() && !map.isMoving()) read();
  return () => void map.off('idle', read);
}
