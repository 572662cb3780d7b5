import { basemapPalettes } from '../style/palette';
import { LABEL_FONT } from './country-labels';
import type { LayerDefinition } from './layer-definition';

export const CLUSTERS = 'event-clusters';

/** Overlapping events at low zoom merge into a numbered bubble; clicking it zooms in until they part. */
export const clusterCirclesLayer: LayerDefinition = {
  id: CLUSTERS,
  build: (theme) => ({
    id: CLUSTERS,
    type: 'circle',
    source: 'event-clusters',
    filter: ['has', 'point_count'],
    paint: {
      'circle-color': basemapPalettes[theme].label,
      'circle-opacity': 0.88,
      'circle-radius': ['step', ['get', 'point_count'], 13, 5, 16, 20, 20, 100, 26],
      'circle-stroke-width': 2,
      'circle-stroke-color': basemapPalettes[theme].labelHalo,
    },
  }),
};

export const clusterCountLayer: LayerDefinition = {
  id: 'event-cluster-count',
  build: (theme) => ({
    id: 'event-cluster-count',
    type: 'symbol',
    source: 'event-clusters',
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['get', 'point_count_abbreviated'],
      'text-font': LABEL_FONT,
      'text-size': 12,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': basemapPalettes[theme].labelHalo },
  }),
};
