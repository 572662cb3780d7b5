import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../style/palette';
import type { LayerId } from './ids';

/** The spec for a theme, so a theme switch can diff paint properties. */
export interface LayerDefinition {
  id: LayerId;
  build: (theme: Theme) => LayerSpecification;
}
