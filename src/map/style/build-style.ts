import type { SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { LayerDefinition } from '../layers/layer-definition';
import type { Theme } from './palette';

/**
 * The whole style, declared in code. It has no `glyphs` URL on purpose: MapLibre (>= 5.11) then draws
 * labels from the page's own web font, so no font server is ever asked for anything.
 */
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
