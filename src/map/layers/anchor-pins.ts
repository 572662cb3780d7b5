import { anchorPinIconId, ICON_PAD_PX } from '../icons/register-icons';
import { basemapPalettes } from '../style/palette';
import { anchorPlacesFilter, isBase, PIN_SIZE } from './anchor-places';
import type { LayerDefinition } from './layer-definition';
import { LAYER, SOURCE } from './ids';

/** Under the bubbles: one on the place (Kerman's four records) hides only the needle, not its count. */
export const anchorPinsLayer: LayerDefinition = {
  id: LAYER.anchorPins,
  build: (theme) => ({
    id: LAYER.anchorPins,
    type: 'symbol',
    source: SOURCE.places,
    filter: anchorPlacesFilter(),
    layout: {
      'symbol-sort-key': ['case', isBase, 2, 1],
      'icon-image': anchorPinIconId,
      'icon-size': PIN_SIZE,
      'icon-anchor': 'bottom',
      'icon-offset': [0, ICON_PAD_PX],
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
    },
    paint: {
      'icon-color': basemapPalettes[theme].anchor,
      'icon-halo-color': basemapPalettes[theme].labelHalo,
      'icon-halo-width': 1.5,
    },
  }),
};
