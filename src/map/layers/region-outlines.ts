import type { ExpressionSpecification } from 'maplibre-gl';
import { familyColour, isHovered, isSelected } from './event-style';
import type { LayerDefinition } from './layer-definition';
import { asZoomRamp } from './shared-programs';
import { LAYER, SOURCE } from './ids';

const outlineWidth: ExpressionSpecification = ['case', isSelected, 2.4, isHovered, 2, 1.2];

/** How the legend draws this line: the same dash and opacity as the map. */
export const REGION_OUTLINE_DASH = [3, 2] as const;
export const REGION_OUTLINE_OPACITY = 0.7;

/**
 * A region-wide record's area, outlined lightly in its kind's colour and never filled: it covers the area, it is
 * not a point somewhere inside it (src/data/region-wide.ts). Same paint shape as the strike arcs, to share their
 * shader program (shared-programs.ts).
 */
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
