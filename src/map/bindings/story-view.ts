import type {
  FilterSpecification,
  LngLatBoundsLike,
  Map as MapLibreMap,
  StyleSpecification,
} from 'maplibre-gl';
import type { Story } from '../../data/story-schema';
import { anchorPlacesFilter } from '../layers/anchor-places';
import { otherCountriesFilter, storyCountriesFilter } from '../layers/country-labels';
import { LAYER, type LayerId } from '../layers/ids';
import { placesFilter } from '../layers/places';

/** Past this the basemap has no data. */
const PAN_MARGIN_DEG = 2;

export const OPENING_PADDING = 16;

export function panLimits(region: Story['region']): LngLatBoundsLike {
  const [west, south, east, north] = region.bounds;
  return [
    [west - PAN_MARGIN_DEG, south - PAN_MARGIN_DEG],
    [east + PAN_MARGIN_DEG, north + PAN_MARGIN_DEG],
  ];
}

function anchorFilters(anchors: Story['anchors']): [LayerId, FilterSpecification][] {
  return [
    [LAYER.countryLabels, storyCountriesFilter(anchors.countries)],
    [LAYER.otherCountryLabels, otherCountriesFilter(anchors.countries)],
    [LAYER.places, placesFilter(anchors.places)],
    [LAYER.anchorPins, anchorPlacesFilter(anchors.places)],
    [LAYER.anchorNames, anchorPlacesFilter(anchors.places)],
  ];
}

/** So the first frame already names the anchors. */
export function withAnchors(style: StyleSpecification, anchors: Story['anchors']): StyleSpecification {
  const filters = new Map(anchorFilters(anchors));
  return {
    ...style,
    layers: style.layers.map((layer) => {
      const filter = filters.get(layer.id as LayerId);
      return filter && layer.type !== 'background' ? { ...layer, filter } : layer;
    }),
  };
}

export function applyAnchors(map: MapLibreMap, anchors: Story['anchors']): void {
  for (const [layer, filter] of anchorFilters(anchors)) if (map.getLayer(layer)) map.setFilter(layer, filter);
}
