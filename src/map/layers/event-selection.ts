import type { ExpressionSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import { EVENT_FOCUS } from './event-focus';
import type { LayerDefinition } from './layer-definition';

const isOpen: ExpressionSpecification = ['==', ['get', 'role'], 'selected'];

/** A ring under the open (and the hovered) incident, drawn from the two-feature focus source. */
export const eventSelectionLayer: LayerDefinition = {
  id: 'event-selection',
  build: (theme) => ({
    id: 'event-selection',
    type: 'circle',
    source: EVENT_FOCUS,
    paint: {
      'circle-radius': ['case', isOpen, 17, 14],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-width': ['case', isOpen, 3, 2],
      'circle-stroke-color': basemapPalettes[theme].label,
    },
  }),
};
