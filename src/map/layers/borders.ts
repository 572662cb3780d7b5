import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';
import { perFeature, perFeatureZoomRamp } from './shared-programs';

export const bordersLayer: LayerDefinition = {
  id: 'borders',
  build: (theme) => ({
    id: 'borders',
    type: 'line',
    source: 'borders',
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
