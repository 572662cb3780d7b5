import type { ExpressionSpecification } from 'maplibre-gl';
import { eventIconId, placeIconId } from '../icons/register-icons';
import { basemapPalettes } from '../style/palette';
import { LABEL_FONT } from './country-labels';
import { familyColour } from './event-style';
import { LAYER, SOURCE } from './ids';
import type { LayerDefinition } from './layer-definition';

export const highlightFilter = (ids: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', 'id'],
  ['literal', [...ids]],
];

/** Larger and named, so the class can find them from the back row. */
export const chapterEventsLayer: LayerDefinition = {
  id: LAYER.chapterEvents,
  build: (theme) => ({
    id: LAYER.chapterEvents,
    type: 'symbol',
    source: SOURCE.events,
    filter: highlightFilter([]),
    layout: {
      'icon-image': ['concat', eventIconId(''), ['get', 'family']],
      'icon-size': 1.35,
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'text-field': ['get', 'title'],
      'text-font': LABEL_FONT,
      'text-size': 16,
      'text-max-width': 14,
      'text-variable-anchor-offset': [
        'left',
        [1.6, 0],
        'right',
        [-1.6, 0],
        'top',
        [0, 1.4],
        'bottom',
        [0, -1.4],
      ],
      'text-justify': 'auto',
      'text-optional': true,
    },
    paint: {
      'icon-color': familyColour(theme),
      'icon-halo-color': basemapPalettes[theme].labelHalo,
      'icon-halo-width': 2.5,
      'text-color': basemapPalettes[theme].label,
      'text-halo-color': basemapPalettes[theme].labelHalo,
      'text-halo-width': 2,
    },
  }),
};

/** Named at any zoom (the places layer names most only once there is room). */
export const chapterPlacesLayer: LayerDefinition = {
  id: LAYER.chapterPlaces,
  build: (theme) => ({
    id: LAYER.chapterPlaces,
    type: 'symbol',
    source: SOURCE.places,
    filter: highlightFilter([]),
    layout: {
      'icon-image': ['concat', placeIconId(''), ['get', 'kind']],
      'icon-size': 0.7,
      'icon-allow-overlap': true,
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': 15,
      'text-max-width': 10,
      'text-variable-anchor-offset': ['top', [0, 1], 'bottom', [0, -1], 'left', [1.4, 0], 'right', [-1.4, 0]],
      'text-optional': true,
    },
    paint: {
      'icon-color': basemapPalettes[theme].label,
      'icon-halo-color': basemapPalettes[theme].labelHalo,
      'icon-halo-width': 1,
      'text-color': basemapPalettes[theme].label,
      'text-halo-color': basemapPalettes[theme].labelHalo,
      'text-halo-width': 1.6,
    },
  }),
};
