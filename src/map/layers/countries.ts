import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';

export const countriesLayer: LayerDefinition = {
  id: LAYER.countries,
  build: (theme) => ({
    id: LAYER.countries,
    type: 'fill',
    source: SOURCE.countries,
    paint: {
      'fill-color': basemapPalettes[theme].land,
      'fill-antialias': true,
    },
  }),
};
