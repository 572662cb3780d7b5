import type { ExpressionSpecification } from 'maplibre-gl';
import { cityDotIconId } from '../icons/register-icons';
import { basemapPalettes } from '../style/palette';
import { LABEL_FONT } from './country-labels';
import type { LayerDefinition } from './layer-definition';
import { perFeature } from './shared-programs';
import { LAYER, SOURCE } from './ids';

/** From the zoom its population rank earns (scripts/geo/basemap/cities.ts). */
export const cityLabelsFilter: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minZoom']];

/** Placed last, so every other name wins; dot and name show together, so no nameless dot is left. */
export const cityLabelsLayer: LayerDefinition = {
  id: LAYER.cityLabels,
  build: (theme) => ({
    id: LAYER.cityLabels,
    type: 'symbol',
    source: SOURCE.cities,
    filter: cityLabelsFilter,
    layout: {
      'icon-image': cityDotIconId,
      'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 8, 0.5],
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 8, 12.5],
      'text-variable-anchor-offset': [
        'left',
        [0.7, 0],
        'right',
        [-0.7, 0],
        'top',
        [0, 0.6],
        'bottom',
        [0, -0.6],
      ],
      'text-justify': 'auto',
      'text-max-width': 8,
      'text-padding': 3,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      // Per-feature only to share the incidents' shader program (shared-programs.ts).
      'icon-color': perFeature(basemapPalettes[theme].cityLabel),
      'icon-halo-color': basemapPalettes[theme].labelHalo,
      'icon-halo-width': perFeature(1),
      'text-color': basemapPalettes[theme].cityLabel,
      'text-halo-color': basemapPalettes[theme].labelHalo,
      'text-halo-width': 1.2,
    },
  }),
};
