import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';

export const bordersLayer: LayerDefinition = {
  id: 'borders',
  build: (theme) => ({
    id: 'borders',
    type: 'line',
    source: 'borders',
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': basemapPalettes[theme].border,
      'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.7, 8, 1.6],
      'line-dasharray': [3, 1.5],
    },
  }),
};
