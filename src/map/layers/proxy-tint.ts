import type { FilterSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';

/** Countries where the dataset's actors operate, tinted lightly so borders and labels stay readable. */
export function proxyCountriesFilter(isoCodes: readonly string[]): FilterSpecification {
  return ['in', ['get', 'iso'], ['literal', [...isoCodes]]];
}

export const proxyTintLayer: LayerDefinition = {
  id: LAYER.proxyTint,
  build: (theme) => ({
    id: LAYER.proxyTint,
    type: 'fill',
    source: SOURCE.countries,
    filter: proxyCountriesFilter([]),
    paint: {
      'fill-color': basemapPalettes[theme].proxyTint,
      'fill-opacity': theme === 'dark' ? 0.16 : 0.18,
    },
  }),
};
