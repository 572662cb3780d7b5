import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerDefinition } from '../layers/layer-definition';
import type { Theme } from './palette';

/** Only paint properties differ between themes, so sources and data stay. */
export function applyTheme(map: MapLibreMap, layers: readonly LayerDefinition[], theme: Theme): void {
  for (const definition of layers) {
    const spec = definition.build(theme);
    if (!map.getLayer(spec.id) || !('paint' in spec) || !spec.paint) continue;
    type PaintEntry = [
      Parameters<MapLibreMap['setPaintProperty']>[1],
      Parameters<MapLibreMap['setPaintProperty']>[2],
    ];
    const paint = Object.entries(spec.paint) as PaintEntry[];
    for (const [property, value] of paint) {
      map.setPaintProperty(spec.id, property, value);
    }
  }
}
