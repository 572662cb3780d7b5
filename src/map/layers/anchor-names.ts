import type { ExpressionSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import { ANCHOR_FONT, anchorPlacesFilter, isBase, shortPlaceName } from './anchor-places';
import { LABEL_FONT } from './country-labels';
import type { NameSide } from './anchor-name-sides';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';

// Ems from the place: beside the pin's head, above it, or below the largest bubble.
const SPOT = {
  left: [0.9, -1.8],
  right: [-0.9, -1.8],
  bottom: [0, -2.9],
  'bottom-left': [0.6, -2.6],
  'bottom-right': [-0.6, -2.6],
  top: [0, 1.8],
  'top-left': [1, 1.3],
  'top-right': [-1, 1.3],
} as const;
/** Clear of a bubble that sits on the place. */
const FAR = { left: [1.6, -3.2], right: [-1.6, -3.2] } as const;
type Spot = keyof typeof SPOT;

const SPOTS_FROM: Record<NameSide, Spot[]> = {
  // A name written east or west never tries the other side: other anchors, or the map's edge, are there.
  east: ['left', 'bottom-left', 'top-left', 'bottom', 'top'],
  west: ['right', 'bottom-right', 'top-right', 'bottom', 'top'],
  north: ['bottom', 'bottom-left', 'bottom-right', 'left', 'right', 'top', 'top-left', 'top-right'],
  south: ['top', 'top-left', 'top-right', 'left', 'right', 'bottom', 'bottom-left', 'bottom-right'],
};

/** A name written inwards never runs out under the controls. */
const spots = (order: readonly Spot[], far: readonly (keyof typeof FAR)[]) => [
  'literal',
  [...order.flatMap((spot) => [spot, SPOT[spot]]), ...far.flatMap((spot) => [spot, FAR[spot]])],
];

const FAR_FROM: Record<NameSide, (keyof typeof FAR)[]> = {
  east: ['left'],
  west: ['right'],
  north: ['left', 'right'],
  south: ['left', 'right'],
};

const nameSpots = [
  'match',
  ['get', 'nameSide'],
  ...(Object.entries(SPOTS_FROM) as [NameSide, Spot[]][]).flatMap(([side, order]) => [
    side,
    spots(order, FAR_FROM[side]),
  ]),
  spots(SPOTS_FROM.east, FAR_FROM.east),
] as unknown as ExpressionSpecification;

/** Placed after counts, incidents and country names; when every spot is taken it takes the first anyway. */
export const anchorNamesLayer: LayerDefinition = {
  id: LAYER.anchorNames,
  build: (theme) => ({
    id: LAYER.anchorNames,
    type: 'symbol',
    source: SOURCE.places,
    filter: anchorPlacesFilter(),
    layout: {
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
      'text-variable-anchor-offset': nameSpots,
      'text-justify': 'auto',
    },
    paint: {
      'text-color': basemapPalettes[theme].label,
      'text-halo-color': basemapPalettes[theme].labelHalo,
      'text-halo-width': 2,
    },
  }),
};
