import type { ExpressionSpecification } from 'maplibre-gl';
import { familyColour, isHovered, isSelected } from './event-style';
import type { LayerDefinition } from './layer-definition';
import { asZoomRamp } from './shared-programs';
import { LAYER, SOURCE } from './ids';

const outlineWidth: ExpressionSpecification = ['case', isSelected, 2.4, isHovered, 2, 1.2];

/** The legend draws this line with the same dash. */
export const REGION_OUTLINE_DASH = [3, 2] as const;
export const REGION_OUTLINE_OPACITY = 0.7;

/** Never filled: it covers the area, not a point inside it; painted like the arcs to share a program. */
export const regionOutlinesLayer: LayerDefinition = {
  id: LAYER.regionOutlines,
  build: (theme) => ({
    id: LAYER.regionOutlines,
    type: 'line',
    source: SOURCE.regionOutlines,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': familyColour(theme),
      'line-width': asZoomRamp(outlineWidth),
      'line-dasharray': [...REGION_OUTLINE_DASH],
      'line-opacity': REGION_OUTLINE_OPACITY,
    },
  }),
};
