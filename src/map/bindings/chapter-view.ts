import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { ChapterLayer } from '../../data/chapter-schema';
import { anchorPlacesFilter } from '../layers/anchor-places';
import { highlightFilter } from '../layers/chapter-highlights';
import { LAYER, type LayerId } from '../layers/ids';
import { placesFilter } from '../layers/places';

/** Null layers give the explore map back its own. */
export interface ChapterHighlight {
  events: readonly string[];
  places: readonly string[];
  layers: readonly ChapterLayer[] | null;
}

const STORY_LAYERS: Record<ChapterLayer, readonly LayerId[]> = {
  proxies: [LAYER.proxyTint],
  lanes: [LAYER.lanes, LAYER.laneLabels],
  arcs: [LAYER.strikeArcs],
  halos: [LAYER.eventHalos],
  places: [LAYER.places],
};

export function showChapter(
  map: MapLibreMap,
  highlight: ChapterHighlight,
  proxiesInExplore: boolean,
  anchorPlaces: readonly string[],
): void {
  if (map.getLayer(LAYER.chapterEvents))
    map.setFilter(LAYER.chapterEvents, highlightFilter(highlight.events));
  if (map.getLayer(LAYER.chapterPlaces))
    map.setFilter(LAYER.chapterPlaces, highlightFilter(highlight.places));
  if (map.getLayer(LAYER.places)) {
    const others: ExpressionSpecification = ['!', highlightFilter(highlight.places)];
    const places = placesFilter(anchorPlaces);
    map.setFilter(LAYER.places, highlight.places.length > 0 ? ['all', places, others] : places);
  }
  for (const layer of [LAYER.anchorPins, LAYER.anchorNames]) {
    if (map.getLayer(layer)) map.setFilter(layer, anchorPlacesFilter(anchorPlaces, highlight.places));
  }
  for (const [name, layers] of Object.entries(STORY_LAYERS) as [ChapterLayer, readonly LayerId[]][]) {
    const visible = highlight.layers
      ? highlight.layers.includes(name)
      : name !== 'proxies' || proxiesInExplore;
    for (const layer of layers) {
      if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
    }
  }
}
