import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';

export const coastlinesLayer: LayerDefinition = {
  id: 'coastlines',
  build: (theme) => ({
    id: 'coastlines',
    type: 'line',
    source: 'coastlines',
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': basemapPalettes[theme].coast,
      'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4],
    },
  }),
};
