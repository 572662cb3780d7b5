import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';

export const coastlinesLayer: LayerDefinition = {
  id: LAYER.coastlines,
  build: (theme) => ({
    id: LAYER.coastlines,
    type: 'line',
    source: SOURCE.coastlines,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': basemapPalettes[theme].coast,
      'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.4],
    },
  }),
};
