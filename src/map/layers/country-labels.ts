import type { ExpressionSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';

/** The style has no glyphs URL, so MapLibre draws the shipped font with TinySDF. */
export const LABEL_FONT = ['Vazirmatn'];

export function labelRankFilter(storyCountries: readonly string[] = []): ExpressionSpecification {
  return [
    'any',
    ['in', ['get', 'iso'], ['literal', storyCountries]],
    ['<=', ['get', 'rank'], ['step', ['zoom'], 14, 4, 22, 5, 60]],
  ];
}

export function otherCountriesFilter(storyCountries: readonly string[]): ExpressionSpecification {
  return ['all', ['!', ['in', ['get', 'iso'], ['literal', storyCountries]]], labelRankFilter()];
}

export function storyCountriesFilter(storyCountries: readonly string[]): ExpressionSpecification {
  return ['in', ['get', 'iso'], ['literal', storyCountries]];
}

/** Story countries are placed before the anchors' names (so Iraq keeps its name), the others after. */
const countryLabels = (
  id: typeof LAYER.countryLabels | typeof LAYER.otherCountryLabels,
): LayerDefinition => ({
  id,
  build: (theme) => ({
    id,
    type: 'symbol',
    source: SOURCE.countryLabels,
    filter: id === LAYER.countryLabels ? labelRankFilter() : ['==', ['get', 'iso'], ''],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 15],
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.08,
      'text-max-width': 7,
      'text-padding': 4,
      // Steps aside, rather than vanishing, where a cluster bubble sits on it.
      'text-variable-anchor-offset': [
        'center',
        [0, 0],
        'top',
        [0, 1.6],
        'bottom',
        [0, -1.6],
        'left',
        [1, 0],
        'right',
        [-1, 0],
        'top',
        [0, 2.8],
        'bottom',
        [0, -2.8],
      ],
    },
    paint: {
      'text-color': basemapPalettes[theme].label,
      'text-halo-color': basemapPalettes[theme].labelHalo,
      'text-halo-width': 1.4,
      'text-opacity': 0.85,
    },
  }),
});

export const countryLabelsLayer = countryLabels(LAYER.countryLabels);
export const otherCountryLabelsLayer = countryLabels(LAYER.otherCountryLabels);
