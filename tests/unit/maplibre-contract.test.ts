import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import * as maplibre from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapLayers } from '../../src/map/layers';
import { basemapSources } from '../../src/map/style/basemap-sources';
import { buildStyle } from '../../src/map/style/build-style';

// The component tests swap maplibre-gl for tests/fakes/fake-maplibre.ts; this keeps that fake honest.
describe('the real maplibre-gl still offers what the atlas calls', () => {
  it('exports the classes and functions the app uses', () => {
    for (const name of [
      'Map',
      'NavigationControl',
      'FullscreenControl',
      'ScaleControl',
      'setWorkerUrl',
    ] as const) {
      expect(maplibre[name], name).toBeTypeOf('function');
    }
  });

  it('has the map methods the app drives imperatively', () => {
    const methods = [
      'on',
      'off',
      'once',
      'addControl',
      'getLayer',
      'getSource',
      'setPaintProperty',
      'getPaintProperty',
      'setFilter',
      'setLayoutProperty',
      'getLayoutProperty',
      'getCanvas',
      'getCanvasContainer',
      'getContainer',
      'triggerRepaint',
      'easeTo',
      'setFeatureState',
      'removeFeatureState',
      'queryRenderedFeatures',
      'project',
      'flyTo',
      'jumpTo',
      'fitBounds',
      'loaded',
      'isMoving',
      'areTilesLoaded',
      'remove',
    ];
    for (const method of methods) expect(maplibre.Map.prototype, method).toHaveProperty(method);
  });

  it.each(['light', 'dark'] as const)('accepts the %s style, which names no glyph server', (theme) => {
    const style = buildStyle(theme, basemapSources(new URL('http://localhost/geo/')), basemapLayers);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style).not.toHaveProperty('glyphs');
  });
});
