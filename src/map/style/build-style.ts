import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerDefinition } from '../layers/layer-definition';
import type { Theme } from './palette';

/** No `glyphs` URL: MapLibre (>= 5.11) then draws labels from the page's web font, no font server. */
export function buildStyle(
  theme: Theme,
  sources: Record<string, SourceSpecification>,
  layers: readonly LayerDefinition[],
): StyleSpecification {
  return {
    version: 8,
    name: `Flashpoint Atlas (${theme})`,
    sources,
    layers: layers.map((layer) => layer.build(theme)),
  };
}
