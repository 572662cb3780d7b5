import type { DataDrivenPropertyValueSpecification, FilterSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import { eventIconId } from '../icons/register-icons';
import { familyColour, isHovered, isSelected } from './event-style';
import type { LayerDefinition } from './layer-definition';
import type { Theme } from '../style/palette';
import { LAYER, SOURCE, type LayerId, type SourceId } from './ids';

/** Only the open incident's ring makes names step aside, so filtering never makes labels jump. */
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

/** Plain source when filters apply, clustered when none do. */
export const eventPointsLayer = shapeLayer(LAYER.eventPoints, SOURCE.events, null, ringByState);
export const clusteredEventPointsLayer = shapeLayer(
  LAYER.eventPointsClustered,
  SOURCE.eventClusters,
  ['!', ['has', 'point_count']],
  ringByState,
);

export const spreadEventPointsLayer = shapeLayer(
  LAYER.spreadPoints,
  SOURCE.eventSpread,
  ['==', ['get', 'kind'], 'member'],
  ringByState,
);

/** Again above all: incidents can share a point, and symbol-sort-key cannot read feature-state. */
export const selectedEventPointLayer = shapeLayer(
  LAYER.selectedEventPoint,
  SOURCE.eventFocus,
  ['==', ['get', 'role'], 'selected'],
  3,
  true,
);
