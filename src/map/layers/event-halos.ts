import type { ExpressionSpecification } from 'maplibre-gl';
import { familyColour } from './event-style';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';

/** Filters see the tile's whole zoom: a halo under 2 px there stays inside its symbol until the next. */
export const HALO_SHOWS: ExpressionSpecification = ['>=', ['*', ['get', 'haloZ0'], ['^', 2, ['zoom']]], 2];

export const HALO_FILL_OPACITY = 0.07;
export const HALO_RING_OPACITY = 0.4;

/** `haloZ0` is pixels at zoom 0; a ground distance doubles in pixels each zoom, hence base 2. */
export const eventHalosLayer: LayerDefinition = {
  id: LAYER.eventHalos,
  build: (theme) => ({
    id: LAYER.eventHalos,
    type: 'circle',
    source: SOURCE.events,
    filter: HALO_SHOWS,
    paint: {
      'circle-radius': [
        'interpolate',
        ['exponential', 2],
        ['zoom'],
        0,
        ['get', 'haloZ0'],
        16,
        ['*', ['get', 'haloZ0'], 65536],
      ],
      'circle-color': familyColour(theme),
      'circle-opacity': HALO_FILL_OPACITY,
      'circle-stroke-color': familyColour(theme),
      'circle-stroke-width': 1,
      'circle-stroke-opacity': HALO_RING_OPACITY,
      'circle-pitch-alignment': 'map',
    },
  }),
};
