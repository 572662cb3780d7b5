import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';

export const backgroundLayer: LayerDefinition = {
  id: 'sea',
  build: (theme) => ({
    id: 'sea',
    type: 'background',
    paint: { 'background-color': basemapPalettes[theme].sea },
  }),
};
