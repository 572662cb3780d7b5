import { basemapPalettes } from '../style/palette';
import { ANCHOR_FONT, anchorPlacesFilter, isBase, shortPlaceName } from './anchor-places';
import { LABEL_FONT } from './country-labels';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';

/**
 * The anchors' names, always drawn. Above the bubbles (so a name is never under one) and below their counts,
 * every incident and the countries' names, which are placed first: a name takes the first spot round its pin's
 * head that none of them holds and, only when every spot is taken, the first one. Names of places and cities come
 * after it and step aside.
 */
export const anchorNamesLayer: LayerDefinition = {
  id: LAYER.anchorNames,
  build: (theme) => ({
    id: LAYER.anchorNames,
    type: 'symbol',
    source: SOURCE.places,
    filter: anchorPlacesFilter(),
    layout: {
      // The story's own anchors (the town, the airport, the strait) first; the bases, which crowd Iraq, after.
      'symbol-sort-key': ['case', isBase, 2, 1],
      'text-field': shortPlaceName,
      'text-font': ['case', isBase, ['literal', LABEL_FONT], ['literal', ANCHOR_FONT]],
      'text-size': [
        'interpolate',
        ['linear'],
        ['zoom'],
        3,
        ['case', isBase, 10.5, 12],
        6,
        ['case', isBase, 12, 13.5],
      ],
      'text-max-width': 8,
      'text-allow-overlap': true,
      // Offsets in ems from the place: beside the pin's head, above it, or below the largest bubble.
      'text-variable-anchor-offset': [
        'left',
        [0.9, -1.8],
        'right',
        [-0.9, -1.8],
        'bottom',
        [0, -2.9],
        'bottom-left',
        [0.6, -2.6],
        'bottom-right',
        [-0.6, -2.6],
        'top',
        [0, 1.8],
        'top-left',
        [1, 1.3],
        'top-right',
        [-1, 1.3],
      ],
      'text-justify': 'auto',
    },
    paint: {
      'text-color': basemapPalettes[theme].label,
      'text-halo-color': basemapPalettes[theme].labelHalo,
      'text-halo-width': 2,
    },
  }),
};
