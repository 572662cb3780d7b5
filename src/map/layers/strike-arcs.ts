import { familyColour, isHovered, isSelected } from './event-style';
import type { LayerDefinition } from './layer-definition';

export const strikeArcsLayer: LayerDefinition = {
  id: 'strike-arcs',
  build: (theme) => ({
    id: 'strike-arcs',
    type: 'line',
    source: 'strike-arcs',
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': familyColour(theme),
      'line-width': ['case', isSelected, 3, isHovered, 2.5, 1.6],
      'line-dasharray': [1, 2],
      'line-opacity': 0.85,
    },
  }),
};
