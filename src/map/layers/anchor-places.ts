import type { ExpressionSpecification } from 'maplibre-gl';
import { LABEL_FONT } from './country-labels';

/** MapLibre reads the weight from the first name, the browser draws the second. */
export const ANCHOR_FONT = ['Vazirmatn Bold', ...LABEL_FONT];
export const PIN_SIZE = 2.2;
/** The story's own anchors read first; the bases, which crowd Iraq, after. */
export const isBase: ExpressionSpecification = ['==', ['get', 'kind'], 'base'];

/** Less any a chapter is already naming. */
export function anchorPlacesFilter(
  anchors: readonly string[] = [],
  namedElsewhere: readonly string[] = [],
): ExpressionSpecification {
  return [
    'all',
    ['in', ['get', 'id'], ['literal', [...anchors]]],
    ['!', ['in', ['get', 'id'], ['literal', [...namedElsewhere]]]],
  ];
}

/** "Al Asad Airbase (Ain al-Asad)" is "Al Asad Airbase" on the map; the panel keeps the full name. */
export const shortPlaceName: ExpressionSpecification = [
  'let',
  'cut',
  ['index-of', ' (', ['get', 'name']],
  ['case', ['>', ['var', 'cut'], 0], ['slice', ['get', 'name'], 0, ['var', 'cut']], ['get', 'name']],
];
