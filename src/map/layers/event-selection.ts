import { basemapPalettes } from '../style/palette';
import { isHovered, isSelected } from './event-style';
import type { LayerDefinition } from './layer-definition';

/** A ring under the selected (and hovered) event: feature-state only, no re-filter, no re-upload. */
export const eventSelectionLayer: LayerDefinition = {
  id: 'event-selection',
  build: (theme) => ({
    id: 'event-selection',
    type: 'circle',
    source: 'events',
    paint: {
      'circle-radius': ['case', isSelected, 17, isHovered, 14, 0],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-width': ['case', isSelected, 3, isHovered, 2, 0],
      'circle-stroke-color': basemapPalettes[theme].label,
    },
  }),
};
