import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import * as maplibre from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapLayers } from '../../src/map/layers';
import { basemapSources } from '../../src/map/style/basemap-sources';
import { buildStyle } from '../../src/map/style/build-style';
import * as fake from '../fakes/fake-maplibre';

// The component tests swap maplibre-gl for the fake; whatever the fake offers, the real library must too.
const fakeExports = Object.keys(fake).filter(
  (name) => !['createdMaps', 'FakeMap', 'TEST_CONTROLS'].includes(name),
);
const fakeMapMethods = Object.getOwnPropertyNames(fake.FakeMap.prototype).filter(
  (name) => name !== 'constructor' && !fake.TEST_CONTROLS.has(name),
);

describe('the real maplibre-gl still offers what the atlas calls', () => {
  it('reads the contract off the fake, so the two cannot drift apart', () => {
    expect(fakeExports).toEqual(expect.arrayContaining(['Map', 'setWorkerUrl']));
    expect(fakeMapMethods).toEqual(expect.arrayContaining(['on', 'getSource', 'setFilter', 'flyTo']));
  });

  it.each(fakeExports)('exports %s', (name) => {
    expect(maplibre).toHaveProperty(name);
    expect(Reflect.get(maplibre, name), name).toBeTypeOf('function');
  });

  it.each(fakeMapMethods)('has Map#%s', (method) => {
    expect(maplibre.Map.prototype, method).toHaveProperty(method);
    expect(Reflect.get(maplibre.Map.prototype, method), method).toBeTypeOf('function');
  });

  it.each(['light', 'dark'] as const)('accepts the %s style, which names no glyph server', (theme) => {
    const style = buildStyle(theme, basemapSources(new URL('http://localhost/geo/')), basemapLayers);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style).not.toHaveProperty('glyphs');
  });
});
