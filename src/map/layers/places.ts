import type { ExpressionSpecification } from 'maplibre-gl';
import { basemapPalettes } from '../style/palette';
import { placeIconId } from '../icons/register-icons';
import { LABEL_FONT } from './country-labels';
import type { LayerDefinition } from './layer-definition';
import { perFeature } from './shared-programs';
import { LAYER, SOURCE } from './ids';
import type { Theme } from '../style/palette';

const importantKinds = ['capital', 'chokepoint'];

export function placesFilter(anchorPlaces: readonly string[] = []): ExpressionSpecification {
  return [
    'all',
    ['!', ['in', ['get', 'id'], ['literal', [...anchorPlaces]]]],
    ['any', ['in', ['get', 'kind'], ['literal', importantKinds]], ['>=', ['zoom'], 4.5]],
  ];
}

/** The legend draws its samples in it. */
export const placeColour = (theme: Theme) => basemapPalettes[theme].label;

export const placesLayer: LayerDefinition = {
  id: LAYER.places,
  build: (theme) => ({
    id: LAYER.places,
    type: 'symbol',
    source: SOURCE.places,
    filter: placesFilter(),
    layout: {
      'icon-image': ['concat', placeIconId(''), ['get', 'kind']],
      'icon-size': ['interpolate', ['linear'], ['zoom'], 3, 0.4, 8, 0.6],
      'icon-allow-overlap': true,
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10, 8, 13],
      // Below the icon where there is room; beside it when a bubble or another name is in the way.
      'text-variable-anchor-offset': ['top', [0, 0.9], 'left', [1.8, 0], 'right', [-1.8, 0]],
      'text-justify': 'auto',
      'text-optional': true,
      'text-max-width': 8,
    },
    paint: {
      // Per-feature only to share the incidents' shader program (shared-programs.ts).
      'icon-color': perFeature(placeColour(theme)),
      'icon-halo-color': basemapPalettes[theme].labelHalo,
      'icon-halo-width': perFeature(1),
      'text-color': basemapPalettes[theme].label,
      'text-halo-color': basemapPalettes[theme].labelHalo,
      'text-halo-width': 1.2,
    },
  }),
};
