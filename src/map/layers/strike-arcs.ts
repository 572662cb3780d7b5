import type { ExpressionSpecification } from 'maplibre-gl';
import { familyColour, isHovered, isSelected } from './event-style';
import type { LayerDefinition } from './layer-definition';
import { asZoomRamp } from './shared-programs';
import { LAYER, SOURCE } from './ids';

const arcWidth: ExpressionSpecification = ['case', isSelected, 3, isHovered, 2.5, 1.6];

export const ARC_DASH = [1, 2] as const;

export const strikeArcsLayer: LayerDefinition = {
  id: LAYER.strikeArcs,
  build: (theme) => ({
    id: LAYER.strikeArcs,
    type: 'line',
    source: SOURCE.strikeArcs,
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': familyColour(theme),
      // A zoom ramp of one width only to share the lanes' shader program (shared-programs.ts).
      'line-width': asZoomRamp(arcWidth),
      'line-dasharray': [...ARC_DASH],
      'line-opacity': 0.85,
    },
  }),
};
