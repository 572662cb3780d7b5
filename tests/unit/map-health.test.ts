import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeMap } from '../fakes/fake-maplibre';
import { watchMapHealth, type MapFailure } from '../../src/map/watch-map-health';
import { buildStyle } from '../../src/map/style/build-style';

function startedMap() {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as RenderingContext);
  const container = document.createElement('div');
  const map = new FakeMap({ container, style: buildStyle('light', {}, []) });
  const failures: MapFailure[] = [];
  const restored = vi.fn();
  const unwatch = watchMapHealth(map as unknown as MapLibreMap, {
    onFailure: (failure) => failures.push(failure),
    onRestored: restored,
  });
  return { map, container, failures, restored, unwatch };
}

describe('a map that cannot go on drawing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('gives up when its worker does not start, before or after the first draw', () => {
    const { map, failures } = startedMap();
    map.fire('error', { error: new Error('Worker failed to load. Check that the worker URL is correct.') });
    map.fire('error', { error: new Error('Worker failed to load. Check that the worker URL is correct.') });
    expect(failures).toEqual(['worker']);
  });

  it('gives up on a style or source error at start-up, but not on one after the map has drawn', () => {
    const early = startedMap();
    early.map.fire('error', { error: new Error('Failed to load basemap/countries.geojson') });
    expect(early.failures).toEqual(['style']);

    const late = startedMap();
    late.map.finishLoading();
    late.map.fire('error', { error: new Error('A tile could not be parsed') });
    expect(late.failures).toEqual([]);
    expect(console.error).toHaveBeenCalled();
  });

  it('waits a few seconds for a lost context to come back, then gives up', () => {
    const { map, container, failures } = startedMap();
    map.fire('webglcontextlost');
    expect(container.dataset.mapState).toBe('lost');
    vi.advanceTimersByTime(3000);
    expect(failures).toEqual([]);
    vi.advanceTimersByTime(2000);
    expect(failures).toEqual(['context']);
  });

  it('re-applies the selection when the context comes back, and does not give up', () => {
    const { map, failures, restored } = startedMap();
    map.finishLoading();
    map.fire('webglcontextlost');
    map.fire('webglcontextrestored');
    expect(restored).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(60_000);
    expect(failures).toEqual([]);
  });

  it('stops listening once the map is gone', () => {
    const { map, failures, unwatch } = startedMap();
    unwatch();
    map.fire('webglcontextlost');
    map.fire('error', { error: new Error('Worker failed to load.') });
    vi.advanceTimersByTime(60_000);
    expect(failures).toEqual([]);
  });
});
