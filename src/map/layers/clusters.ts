import type { ExpressionSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import { LABEL_FONT } from './country-labels';
import type { LayerDefinition } from './layer-definition';
import { asZoomRamp, perFeature } from './shared-programs';
import { LAYER, SOURCE } from './ids';
import type { Theme } from '../style/palette';

/** The legend draws its sample bubble from these. */
export const clusterColours = (theme: Theme) => ({
  fill: basemapPalettes[theme].label,
  ring: basemapPalettes[theme].labelHalo,
});
export const CLUSTER_OPACITY = 0.88;

const bubbleRadius: ExpressionSpecification = ['step', ['get', 'point_count'], 13, 5, 16, 20, 20, 100, 26];

export const clusterCirclesLayer: LayerDefinition = {
  id: LAYER.clusters,
  build: (theme) => ({
    id: LAYER.clusters,
    type: 'circle',
    source: SOURCE.eventClusters,
    filter: ['has', 'point_count'],
    paint: {
      // Per-feature colours and a one-size zoom ramp only to share the halos' shader program
      // (shared-programs.ts).
      'circle-color': perFeature(clusterColours(theme).fill),
      'circle-opacity': CLUSTER_OPACITY,
      'circle-radius': asZoomRamp(bubbleRadius),
      'circle-stroke-width': 2,
      'circle-stroke-color': perFeature(clusterColours(theme).ring),
    },
  }),
};

export const clusterCountLayer: LayerDefinition = {
  id: LAYER.clusterCount,
  build: (theme) => ({
    id: LAYER.clusterCount,
    type: 'symbol',
    source: SOURCE.eventClusters,
    filter: ['has', 'point_count'],
    layout: {
      'text-field': ['get', 'point_count_abbreviated'],
      'text-font': LABEL_FONT,
      'text-size': 12,
      // The padding stretches the count's collision box to about a bubble's radius, so names move aside or
      // wait for the cluster to part.
      'text-allow-overlap': true,
      'text-ignore-placement': false,
      'text-padding': 10,
    },
    paint: { 'text-color': basemapPalettes[theme].labelHalo },
  }),
};
