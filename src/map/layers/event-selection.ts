import type { ExpressionSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';
import type { Theme } from '../style/palette';

const isOpen: ExpressionSpecification = ['==', ['get', 'role'], 'selected'];

export const selectionRingColour = (theme: Theme) => basemapPalettes[theme].label;

export const eventSelectionLayer: LayerDefinition = {
  id: LAYER.eventSelection,
  build: (theme) => ({
    id: LAYER.eventSelection,
    type: 'circle',
    source: SOURCE.eventFocus,
    paint: {
      'circle-radius': ['case', isOpen, 17, 14],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-width': ['case', isOpen, 3, 2],
      'circle-stroke-color': selectionRingColour(theme),
    },
  }),
};
