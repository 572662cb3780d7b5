import type { FilterSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';
import type { Theme } from '../style/palette';

/** Tinted lightly so borders and labels stay readable. */
export function proxyCountriesFilter(isoCodes: readonly string[]): FilterSpecification {
  return ['in', ['get', 'iso'], ['literal', [...isoCodes]]];
}

export const proxyTint = (theme: Theme) => ({
  colour: basemapPalettes[theme].proxyTint,
  opacity: theme === 'dark' ? 0.16 : 0.18,
});

export const proxyTintLayer: LayerDefinition = {
  id: LAYER.proxyTint,
  build: (theme) => ({
    id: LAYER.proxyTint,
    type: 'fill',
    source: SOURCE.countries,
    filter: proxyCountriesFilter([]),
    paint: {
      'fill-color': proxyTint(theme).colour,
      'fill-opacity': proxyTint(theme).opacity,
    },
  }),
};
