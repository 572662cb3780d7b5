import type { ExpressionSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import { LABEL_FONT } from './country-labels';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';

/** No italic face: the browser slants the second family, MapLibre reads the slant from the first. */
export const WATER_LABEL_FONT = ['Vazirmatn Italic', ...LABEL_FONT];

/** The zoom at which its open water first holds its name (scripts/geo/basemap/sea-labels.ts). */
export const seaLabelsFilter: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minZoom']];

export const seaLabelsLayer: LayerDefinition = {
  id: LAYER.seaLabels,
  build: (theme) => ({
    id: LAYER.seaLabels,
    type: 'symbol',
    source: SOURCE.seaLabels,
    filter: seaLabelsFilter,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': WATER_LABEL_FONT,
      // Keep in step with SEA_TEXT_SIZE_STOPS and SEA_TEXT_MAX_WIDTH_EMS, which size the fit.
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 14],
      'text-max-width': 8,
      'text-letter-spacing': 0.12,
      'text-line-height': 1.2,
      'text-padding': 4,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': basemapPalettes[theme].waterLabel,
      'text-halo-color': basemapPalettes[theme].sea,
      'text-halo-width': 1.2,
    },
  }),
};
