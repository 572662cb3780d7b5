import { familyColour } from './event-style';
import type { LayerDefinition } from './layer-definition';

/**
 * The radius of uncertainty, drawn to scale: `haloZ0` is the radius in pixels at zoom 0, and the pixel size of a
 * fixed ground distance doubles with each zoom level, hence the base-2 exponential interpolation.
 */
export const eventHalosLayer: LayerDefinition = {
  id: 'event-halos',
  build: (theme) => ({
    id: 'event-halos',
    type: 'circle',
    source: 'events',
    filter: ['>', ['get', 'haloZ0'], 0],
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
      'circle-opacity': 0.07,
      'circle-stroke-color': familyColour(theme),
      'circle-stroke-width': 1,
      'circle-stroke-opacity': 0.4,
      'circle-pitch-alignment': 'map',
    },
  }),
};
