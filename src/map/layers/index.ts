import { backgroundLayer } from './background';
import { bordersLayer } from './borders';
import { clusterCirclesLayer, clusterCountLayer } from './clusters';
import { coastlinesLayer } from './coastlines';
import { countriesLayer } from './countries';
import { countryLabelsLayer } from './country-labels';
import { clusteredEventDotsLayer, eventDotsLayer } from './event-dots';
import { eventHalosLayer } from './event-halos';
import { clusteredEventPointsLayer, eventPointsLayer, selectedEventPointLayer } from './event-points';
import { eventSelectionLayer } from './event-selection';
import type { LayerDefinition } from './layer-definition';
import { laneLabelsLayer, lanesLayer } from './lanes';
import { measureEndsLayer, measureLineLayer } from './measure';
import { placesLayer } from './places';
import { proxyTintLayer } from './proxy-tint';
import { strikeArcsLayer } from './strike-arcs';

export const basemapLayers: readonly LayerDefinition[] = [
  backgroundLayer,
  countriesLayer,
  coastlinesLayer,
  bordersLayer,
  countryLabelsLayer,
];

/** Draw order, bottom to top: the story sits on the basemap, events on everything. */
export const allLayers: readonly LayerDefinition[] = [
  backgroundLayer,
  countriesLayer,
  proxyTintLayer,
  coastlinesLayer,
  bordersLayer,
  lanesLayer,
  laneLabelsLayer,
  eventHalosLayer,
  strikeArcsLayer,
  placesLayer,
  // Above places, so a country's name wins a collision with a city's (the city label is optional).
  countryLabelsLayer,
  clusterCirclesLayer,
  clusterCountLayer,
  eventSelectionLayer,
  clusteredEventDotsLayer,
  eventDotsLayer,
  clusteredEventPointsLayer,
  eventPointsLayer,
  selectedEventPointLayer,
  measureLineLayer,
  measureEndsLayer,
];

/** Layers that show events and obey the reader's filters. */
export const FILTERED_EVENT_LAYERS = ['event-halos', 'strike-arcs', 'event-points', 'event-dots'] as const;
/** Hidden layers answer no queries, so listing both kinds of marks is safe. */
export const INTERACTIVE_EVENT_LAYERS = [
  'event-points',
  'event-points-clustered',
  'event-dots',
  'event-dots-clustered',
] as const;
/** Shown only while no filter applies, because a cluster's count cannot know about filters. */
export const CLUSTER_LAYERS = ['event-clusters', 'event-cluster-count'] as const;
/** Each kind of mark (src/data/crowd.ts) as a plain layer and as the unclustered rest of the cluster source. */
export const MARK_LAYERS = {
  shapes: { plain: 'event-points', clustered: 'event-points-clustered' },
  dots: { plain: 'event-dots', clustered: 'event-dots-clustered' },
} as const;
