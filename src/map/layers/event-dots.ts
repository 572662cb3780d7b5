import { basemapPalettes } from '../style/palette';
import { familyColour, isHovered, isSelected } from './event-style';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE, type LayerId, type SourceId } from './ids';

/** Hidden until the data asks (src/data/crowd.ts): a hidden layer costs MapLibre's worker nothing. */
function dotsLayer(id: LayerId, source: SourceId, clustered: boolean): LayerDefinition {
  return {
    id,
    build: (theme) => ({
      id,
      type: 'circle',
      source,
      ...(clustered ? { filter: ['!', ['has', 'point_count']] as const } : {}),
      layout: { visibility: 'none' },
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 3.5, 8, 6],
        'circle-color': familyColour(theme),
        'circle-opacity': 0.9,
        'circle-stroke-color': basemapPalettes[theme].labelHalo,
        'circle-stroke-width': ['case', isSelected, 2.5, isHovered, 2, 0.8],
      },
    }),
  };
}

export const eventDotsLayer = dotsLayer(LAYER.eventDots, SOURCE.events, false);
export const clusteredEventDotsLayer = dotsLayer(LAYER.eventDotsClustered, SOURCE.eventClusters, true);
