import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import { eventIconId } from '../icons/register-icons';
import { familyColour, isHovered, isSelected } from './event-style';
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

/** Only the open incident's id: several incidents can share a point, and the open one must be the one on top. */
export const selectedPointFilter = (id: string | null): FilterSpecification => [
  '==',
  ['get', 'id'],
  id ?? '',
];

/** The open incident drawn again above all others (symbol-sort-key cannot read feature-state). */
export const selectedEventPointLayer: LayerDefinition = {
  id: SELECTED_EVENT_POINT,
  build: (theme) => {
    const spec = pointsLayer(SELECTED_EVENT_POINT, 'events', false).build(theme);
    return { ...spec, filter: selectedPointFilter(null) } as LayerSpecification;
  },
};
export const clusteredEventPointsLayer = pointsLayer(CLUSTERED_EVENT_POINTS, 'event-clusters', true);
