import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';

export const countriesLayer: LayerDefinition = {
  id: 'countries',
  build: (theme) => ({
    id: 'countries',
    type: 'fill',
    source: 'countries',
    paint: {
      'fill-color': basemapPalettes[theme].land,
      'fill-antialias': true,
    },
  }),
};
