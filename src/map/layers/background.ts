import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';
import { LAYER } from './ids';

export const backgroundLayer: LayerDefinition = {
  id: LAYER.sea,
  build: (theme) => ({
    id: LAYER.sea,
    type: 'background',
    paint: { 'background-color': basemapPalettes[theme].sea },
  }),
};
