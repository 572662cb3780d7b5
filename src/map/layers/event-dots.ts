import { basemapPalettes } from '../style/palette';
import { familyColour, isHovered, isSelected } from './event-style';
import type { LayerDefinition } from './layer-definition';

export const EVENT_DOTS = 'event-dots';
export const CLUSTERED_EVENT_DOTS = 'event-dots-clustered';

/**
 * Incidents as coloured dots, for datasets too large for shaped symbols (src/data/crowd.ts). Hidden until the
 * data asks for them: a hidden layer costs MapLibre's worker nothing.
 */
function dotsLayer(id: string, source: string, clustered: boolean): LayerDefinition {
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

export const eventDotsLayer = dotsLayer(EVENT_DOTS, 'events', false);
export const clusteredEventDotsLayer = dotsLayer(CLUSTERED_EVENT_DOTS, 'event-clusters', true);
