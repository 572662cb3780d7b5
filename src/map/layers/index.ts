import { backgroundLayer } from './background';
import { bordersLayer } from './borders';
import { coastlinesLayer } from './coastlines';
import { countriesLayer } from './countries';
import { countryLabelsLayer } from './country-labels';
import type { LayerDefinition } from './layer-definition';

/** Draw order, bottom to top. */
export const basemapLayers: readonly LayerDefinition[] = [
  backgroundLayer,
  countriesLayer,
  coastlinesLayer,
  bordersLayer,
  countryLabelsLayer,
];
