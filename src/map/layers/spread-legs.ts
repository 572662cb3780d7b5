import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';

export const spreadLegsLayer: LayerDefinition = {
  id: LAYER.spreadLegs,
  build: (theme) => ({
    id: LAYER.spreadLegs,
    type: 'line',
    source: SOURCE.eventSpread,
    filter: ['==', ['get', 'kind'], 'leg'],
    paint: {
      'line-color': basemapPalettes[theme].label,
      'line-width': 1.2,
      'line-opacity': 0.7,
    },
  }),
};
