import { anchorNamesLayer } from './anchor-names';
import { anchorPinsLayer } from './anchor-pins';
import { backgroundLayer } from './background';
import { bordersLayer } from './borders';
import { cityLabelsLayer } from './city-labels';
import { clusterCirclesLayer, clusterCountLayer } from './clusters';
import { coastlinesLayer } from './coastlines';
import { countriesLayer } from './countries';
import { countryLabelsLayer, otherCountryLabelsLayer } from './country-labels';
import { clusteredEventDotsLayer, eventDotsLayer } from './event-dots';
import { eventHalosLayer } from './event-halos';
import {
  clusteredEventPointsLayer,
  eventPointsLayer,
  selectedEventPointLayer,
  spreadEventPointsLayer,
} from './event-points';
import { spreadLegsLayer } from './spread-legs';
import { eventSelectionLayer } from './event-selection';
import { chapterEventsLayer, chapterPlacesLayer } from './chapter-highlights';
import { LAYER } from './ids';
import type { LayerDefinition } from './layer-definition';
import { laneLabelsLayer, lanesLayer } from './lanes';
import { measureEndsLayer, measureLineLayer } from './measure';
import { placesLayer } from './places';
import { proxyTintLayer } from './proxy-tint';
import { regionOutlinesLayer } from './region-outlines';
import { seaLabelsLayer } from './sea-labels';
import { strikeArcsLayer } from './strike-arcs';

export const basemapLayers: readonly LayerDefinition[] = [
  backgroundLayer,
  countriesLayer,
  coastlinesLayer,
  bordersLayer,
  seaLabelsLayer,
  cityLabelsLayer,
  countryLabelsLayer,
];

export const allLayers: readonly LayerDefinition[] = [
  backgroundLayer,
  countriesLayer,
  proxyTintLayer,
  coastlinesLayer,
  bordersLayer,
  lanesLayer,
  laneLabelsLayer,
  seaLabelsLayer,
  eventHalosLayer,
  regionOutlinesLayer,
  strikeArcsLayer,
  // Symbols are placed top layer first: sea names, then cities, give way to everything above them.
  cityLabelsLayer,
  placesLayer,
  // Under the bubbles, which hide only a pin's needle.
  anchorPinsLayer,
  clusterCirclesLayer,
  // Placed top first: counts, the story's countries (winning over cities), the anchors' names (always drawn),
  // then every other name.
  otherCountryLabelsLayer,
  anchorNamesLayer,
  countryLabelsLayer,
  clusterCountLayer,
  eventSelectionLayer,
  clusteredEventDotsLayer,
  eventDotsLayer,
  clusteredEventPointsLayer,
  eventPointsLayer,
  spreadLegsLayer,
  spreadEventPointsLayer,
  selectedEventPointLayer,
  chapterPlacesLayer,
  chapterEventsLayer,
  measureLineLayer,
  measureEndsLayer,
];

export const FILTERED_EVENT_LAYERS = [
  LAYER.eventHalos,
  LAYER.regionOutlines,
  LAYER.strikeArcs,
  LAYER.eventPoints,
  LAYER.eventDots,
] as const;
/** Hidden layers answer no queries, so listing both drawings (shaped symbols and dots) is safe. */
export const INTERACTIVE_EVENT_LAYERS = [
  LAYER.eventPoints,
  LAYER.eventPointsClustered,
  LAYER.eventDots,
  LAYER.eventDotsClustered,
  LAYER.spreadPoints,
] as const;
/** A cluster's count cannot know about filters. */
export const CLUSTER_LAYERS = [LAYER.clusters, LAYER.clusterCount] as const;
export const DRAWING_LAYERS = {
  shapes: { plain: LAYER.eventPoints, clustered: LAYER.eventPointsClustered },
  dots: { plain: LAYER.eventDots, clustered: LAYER.eventDotsClustered },
} as const;
