import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';
import { perFeature, perFeatureZoomRamp } from './shared-programs';
import { LAYER, SOURCE } from './ids';

export const bordersLayer: LayerDefinition = {
  id: LAYER.borders,
  build: (theme) => ({
    id: LAYER.borders,
    type: 'line',
    source: SOURCE.borders,
    layout: { 'line-join': 'round' },
    paint: {
      // Per-feature only to share the strike arcs' shader program (shared-programs.ts).
      'line-color': perFeature(basemapPalettes[theme].border),
      'line-width': perFeatureZoomRamp([
        [3, 0.7],
        [8, 1.6],
      ]),
      'line-dasharray': [3, 1.5],
    },
  }),
};
