import type { ExpressionSpecification } from 'maplibre-gl';
import { FAMILIES, FAMILY_COLOUR } from '../../data/category-families';
import type { Theme } from '../style/palette';

export function familyColour(theme: Theme): ExpressionSpecification {
  const cases = FAMILIES.flatMap((family) => [family, FAMILY_COLOUR[family][theme]]);
  return [
    'match',
    ['get', 'family'],
    ...cases,
    FAMILY_COLOUR.other[theme],
  ] as unknown as ExpressionSpecification;
}

export const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
