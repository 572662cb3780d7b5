import type { DataDrivenPropertyValueSpecification, FilterSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import { eventIconId } from '../icons/register-icons';
import { familyColour, isHovered, isSelected } from './event-style';
import type { LayerDefinition } from './layer-definition';
import type { Theme } from '../style/palette';
import { LAYER, SOURCE, type LayerId, type SourceId } from './ids';

/**
 * An incident in its family's shape and colour; `haloWidth` rings the open and the hovered one. `clearOfNames`
 * makes names step aside from it (the open incident's ring); other incidents leave names alone, so that
 * filtering never makes labels jump.
 */
function shapeLayer(
  id: LayerId,
  source: SourceId,
  filter: FilterSpecification | null,
  haloWidth: DataDrivenPropertyValueSpecification<number>,
  clearOfNames = false,
): LayerDefinition {
  return {
    id,
    build: (theme: Theme) => ({
      id,
      type: 'symbol',
      source,
      ...(filter ? { filter } : {}),
      layout: {
        'icon-image': ['concat', eventIconId(''), ['get', 'family']],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.62, 8, 0.9],
        'icon-allow-overlap': true,
        'icon-ignore-placement': !clearOfNames,
        // About the selection ring's radius (event-selection.ts) beyond the icon.
        ...(clearOfNames ? { 'icon-padding': [9] } : {}),
        // Later events draw on top because the source is in date order (see to-map-features.ts).
      },
      paint: {
        'icon-color': familyColour(theme),
        'icon-halo-color': basemapPalettes[theme].labelHalo,
        'icon-halo-width': haloWidth,
        'icon-opacity': 0.95,
      },
    }),
  };
}

const ringByState: DataDrivenPropertyValueSpecification<number> = [
  'case',
  isSelected,
  3,
  isHovered,
  2.5,
  1.2,
];

/** The same symbol twice: from the plain source when filters apply, from the clustered one when none do. */
export const eventPointsLayer = shapeLayer(LAYER.eventPoints, SOURCE.events, null, ringByState);
export const clusteredEventPointsLayer = shapeLayer(
  LAYER.eventPointsClustered,
  SOURCE.eventClusters,
  ['!', ['has', 'point_count']],
  ringByState,
);

/** Incidents that share a point, spread round it on request (bindings/spread-members.ts). */
export const spreadEventPointsLayer = shapeLayer(
  LAYER.spreadPoints,
  SOURCE.eventSpread,
  ['==', ['get', 'kind'], 'member'],
  ringByState,
);

/**
 * The open incident drawn again above all others, in its shape even among dots: several incidents can share a
 * point, and symbol-sort-key cannot read feature-state.
 */
export const selectedEventPointLayer = shapeLayer(
  LAYER.selectedEventPoint,
  SOURCE.eventFocus,
  ['==', ['get', 'role'], 'selected'],
  3,
  true,
);
