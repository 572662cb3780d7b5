import type { ExpressionSpecification } from 'maplibre-gl';
import { familyColour } from './event-style';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';

/**
 * Only halos that show around their mark. Filters see the tile's whole zoom, so a halo under 2 px there stays
 * under 4 px until the next tile zoom: inside the mark itself. Skipping them spares the worker and the GPU a
 * circle per incident at regional zoom, where most uncertainty radii are smaller than a pixel.
 */
export const HALO_SHOWS: ExpressionSpecification = ['>=', ['*', ['get', 'haloZ0'], ['^', 2, ['zoom']]], 2];

export const HALO_FILL_OPACITY = 0.07;
export const HALO_RING_OPACITY = 0.4;

/**
 * The radius of uncertainty, drawn to scale: `haloZ0` is the radius in pixels at zoom 0, and the pixel size of a
 * fixed ground distance doubles with each zoom level, hence the base-2 exponential interpolation.
 */
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
