/** Every layer the style declares, by role. Code names a layer through this object, never by a string. */
export const LAYER = {
  sea: 'sea',
  countries: 'countries',
  proxyTint: 'proxy-tint',
  coastlines: 'coastlines',
  borders: 'borders',
  lanes: 'lanes',
  laneLabels: 'lane-labels',
  seaLabels: 'sea-labels',
  eventHalos: 'event-halos',
  regionOutlines: 'region-outlines',
  strikeArcs: 'strike-arcs',
  cityLabels: 'city-labels',
  places: 'places',
  countryLabels: 'country-labels',
  anchorPins: 'anchor-pins',
  clusters: 'event-clusters',
  otherCountryLabels: 'other-country-labels',
  anchorNames: 'anchor-names',
  clusterCount: 'event-cluster-count',
  eventSelection: 'event-selection',
  eventDotsClustered: 'event-dots-clustered',
  eventDots: 'event-dots',
  eventPointsClustered: 'event-points-clustered',
  eventPoints: 'event-points',
  spreadLegs: 'event-spread-legs',
  spreadPoints: 'event-spread-points',
  selectedEventPoint: 'event-point-selected',
  chapterPlaces: 'chapter-places',
  chapterEvents: 'chapter-events',
  measureLine: 'measure-line',
  measureEnds: 'measure-ends',
} as const;

export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/** Every source the style declares. */
export const SOURCE = {
  countries: 'countries',
  borders: 'borders',
  coastlines: 'coastlines',
  countryLabels: 'country-labels',
  seaLabels: 'sea-labels',
  cities: 'cities',
  events: 'events',
  eventClusters: 'event-clusters',
  strikeArcs: 'strike-arcs',
  regionOutlines: 'region-outlines',
  eventFocus: 'event-focus',
  eventSpread: 'event-spread',
  places: 'places',
  lanes: 'lanes',
  measure: 'measure',
} as const;

export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];
