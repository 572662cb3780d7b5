import { basemapPalettes } from '../style/palette';
import { LABEL_FONT } from './country-labels';
import type { LayerDefinition } from './layer-definition';
import { perFeature, perFeatureZoomRamp } from './shared-programs';
import { LAYER, SOURCE } from './ids';
import type { Theme } from '../style/palette';

export const laneColour = (theme: Theme) => basemapPalettes[theme].coast;
export const LANE_DASH = [2, 2] as const;

export const lanesLayer: LayerDefinition = {
  id: LAYER.lanes,
  build: (theme) => ({
    id: LAYER.lanes,
    type: 'line',
    source: SOURCE.lanes,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      // Per-feature only to share the strike arcs' shader program (shared-programs.ts).
      'line-color': perFeature(laneColour(theme)),
      'line-width': perFeatureZoomRamp([
        [3, 1.5],
        [8, 3],
      ]),
      'line-dasharray': [...LANE_DASH],
      'line-opacity': 0.9,
    },
  }),
};

export const laneLabelsLayer: LayerDefinition = {
  id: LAYER.laneLabels,
  build: (theme) => ({
    id: LAYER.laneLabels,
    type: 'symbol',
    source: SOURCE.lanes,
    minzoom: 4,
    layout: {
      'symbol-placement': 'line',
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': 11,
      'text-letter-spacing': 0.05,
    },
    paint: {
      'text-color': basemapPalettes[theme].coast,
      'text-halo-color': basemapPalettes[theme].sea,
      'text-halo-width': 1.5,
    },
  }),
};
