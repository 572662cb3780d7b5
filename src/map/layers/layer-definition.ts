import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../style/palette';

/** A map layer declared as data: the spec for a theme, so a theme switch can diff paint properties. */
export interface LayerDefinition {
  id: string;
  build(theme: Theme): LayerSpecification;
}
