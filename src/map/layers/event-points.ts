import { basemapPalettes } from '../style/palette';
import { eventIconId } from '../icons/register-icons';
import { familyColour, isHovered, isSelected } from './event-style';
import { EVENT_FOCUS } from './event-focus';
import type { LayerDefinition } from './layer-definition';

export const EVENT_POINTS = 'event-points';

export const CLUSTERED_EVENT_POINTS = 'event-points-clustered';

/** The same symbol twice: from the plain source when filters apply, from the clustered one when none do. */
function pointsLayer(id: string, source: string, clustered: boolean): LayerDefinition {
  return {
    id,
    build: (theme) => ({
      id,
      type: 'symbol',
      source,
      ...(clustered ? { filter: ['!', ['has', 'point_count']] as const } : {}),
      layout: {
        'icon-image': ['concat', eventIconId(''), ['get', 'family']],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.62, 8, 0.9],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // Later events draw on top because the source is in date order (see to-map-features.ts).
      },
      paint: {
        'icon-color': familyColour(theme),
        'icon-halo-color': basemapPalettes[theme].labelHalo,
        'icon-halo-width': ['case', isSelected, 3, isHovered, 2.5, 1.2],
        'icon-opacity': 0.95,
      },
    }),
  };
}

export const eventPointsLayer = pointsLayer(EVENT_POINTS, 'events', false);

export const SELECTED_EVENT_POINT = 'event-point-selected';

/**
 * The open incident drawn again above all others, in its shape even among dots: several incidents can share a
 * point, and symbol-sort-key cannot read feature-state.
 */
export const selectedEventPointLayer: LayerDefinition = {
  id: SELECTED_EVENT_POINT,
  build: (theme) => ({
    id: SELECTED_EVENT_POINT,
    type: 'symbol',
    source: EVENT_FOCUS,
    filter: ['==', ['get', 'role'], 'selected'],
    layout: {
      'icon-image': ['concat', eventIconId(''), ['get', 'family']],
      'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.62, 8, 0.9],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
    paint: {
      'icon-color': familyColour(theme),
      'icon-halo-color': basemapPalettes[theme].labelHalo,
      'icon-halo-width': 3,
      'icon-opacity': 0.95,
    },
  }),
};
export const clusteredEventPointsLayer = pointsLayer(CLUSTERED_EVENT_POINTS, 'event-clusters', true);
