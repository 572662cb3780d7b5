/**
 * A stand-in for maplibre-gl in component tests (jsdom has no WebGL). It records what the app asks of the
 * map; tests/unit/maplibre-contract.test.ts reads every export and every FakeMap method off this module and
 * checks that the real library still offers it, so a call the app adds here is a call the contract covers.
 */
import type { StyleSpecification } from 'maplibre-gl';

type Listener = (event: Record<string, unknown>) => void;

export const createdMaps: FakeMap[] = [];

/** What the fake offers tests to play MapLibre's part; the real map has no such methods. */
export const TEST_CONTROLS = new Set(['fire', 'finishLoading']);

/** A gesture handler that remembers whether it is on, as MapLibre's do. */
function fakeHandler() {
  const handler = {
    enabled: true,
    enable: () => void (handler.enabled = true),
    disable: () => void (handler.enabled = false),
    isEnabled: () => handler.enabled,
  };
  return handler;
}

export class FakeMap {
  readonly style: StyleSpecification;
  readonly listeners = new Map<string, Listener[]>();
  readonly paint = new Map<string, unknown>();
  readonly controls: unknown[] = [];
  removed = false;
  touchZoomRotate = { ...fakeHandler(), disableRotation: () => undefined };
  keyboard = { ...fakeHandler(), disableRotation: () => undefined };
  dragPan = fakeHandler();
  scrollZoom = fakeHandler();
  boxZoom = fakeHandler();
  doubleClickZoom = fakeHandler();
  cooperativeGestures = fakeHandler();

  constructor(readonly options: { style: StyleSpecification; container: HTMLElement }) {
    // As MapLibre does: without a WebGL2 context the constructor throws before anything else happens.
    if (!document.createElement('canvas').getContext('webgl2')) {
      const error = new Error('WebGL2 is required to display this map.');
      error.name = 'GPUInitializationError';
      throw error;
    }
    this.style = options.style;
    createdMaps.push(this);
  }

  /** Layer-scoped listeners (`on('click', 'layer', fn)`) hear every fired event of that type, whatever the layer. */
  on(type: string, layerOrListener: string | Listener, maybeListener?: Listener) {
    const listener = typeof layerOrListener === 'function' ? layerOrListener : maybeListener;
    if (listener) this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    return this;
  }

  off(type: string, layerOrListener: string | Listener, maybeListener?: Listener) {
    const listener = typeof layerOrListener === 'function' ? layerOrListener : maybeListener;
    this.listeners.set(
      type,
      (this.listeners.get(type) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  fire(type: string, event: Record<string, unknown> = {}) {
    for (const listener of this.listeners.get(type) ?? []) listener({ type, ...event });
  }

  addControl(control: unknown) {
    this.controls.push(control);
    return this;
  }

  once(type: string, listener: Listener) {
    const wrapped: Listener = (event) => {
      this.off(type, wrapped);
      listener(event);
    };
    return this.on(type, wrapped);
  }

  /** Component tests call this to play the part of the style finishing its load. */
  finishLoading() {
    this.styleLoaded = true;
    this.fire('style.load');
    this.fire('load');
    this.fire('idle');
  }

  private styleLoaded = false;

  isStyleLoaded() {
    return this.styleLoaded;
  }

  readonly filters = new Map<string, unknown>();
  readonly layout = new Map<string, unknown>();
  readonly featureState = new Map<string, Record<string, unknown>>();
  readonly sourceData = new Map<string, unknown>();
  readonly cameraMoves: unknown[] = [];

  getCanvasContainer() {
    return this.options.container;
  }

  getContainer() {
    return this.options.container;
  }

  hasImage() {
    return false;
  }

  addImage() {}

  getSource(id: string) {
    if (!(id in this.style.sources)) return undefined;
    return {
      setData: (data: unknown) => {
        this.sourceData.set(id, data);
        return Promise.resolve();
      },
      getClusterExpansionZoom: () => Promise.resolve(6),
    };
  }

  setFilter(layerId: string, filter: unknown) {
    this.filters.set(layerId, filter);
  }

  readonly zoomRanges = new Map<string, [number, number]>();

  setLayerZoomRange(layerId: string, minzoom: number, maxzoom: number) {
    this.zoomRanges.set(layerId, [minzoom, maxzoom]);
  }

  setLayoutProperty(layerId: string, name: string, value: unknown) {
    this.layout.set(`${layerId}.${name}`, value);
  }

  getLayoutProperty(layerId: string, name: string) {
    return this.layout.get(`${layerId}.${name}`);
  }

  /** jsdom draws nothing, so nothing is ever rendered to query. */
  queryRenderedFeatures() {
    return [];
  }

  getCanvas() {
    return this.canvas;
  }

  private readonly canvas = document.createElement('canvas');

  project([lon, lat]: [number, number]) {
    return { x: lon, y: lat };
  }

  triggerRepaint() {}
  redraw() {
    return this;
  }

  setFeatureState(target: { source: string; id: string }, state: Record<string, unknown>) {
    const key = `${target.source}/${target.id}`;
    this.featureState.set(key, { ...this.featureState.get(key), ...state });
  }

  getCenter() {
    return { lng: 45, lat: 25 };
  }

  /** The region's view, [[west, south], [east, north]]; a test moves it by assigning `view` and firing moveend. */
  view: [[number, number], [number, number]] = [
    [30, 10],
    [62, 40],
  ];

  getBounds() {
    return { toArray: () => this.view };
  }

  loaded() {
    return this.styleLoaded;
  }

  isMoving() {
    return false;
  }

  getZoom() {
    return 4;
  }

  getMaxZoom() {
    return 12;
  }

  flyTo(options: unknown) {
    land(this, options);
  }

  jumpTo(options: unknown) {
    land(this, options);
  }

  easeTo(options: unknown) {
    land(this, options);
  }

  fitBounds(bounds: unknown, options?: object) {
    land(this, { bounds, ...options });
  }

  /** Set by a test to keep moves under way until it fires moveend (or the next move stops them), as a flight is. */
  holdMoves = false;
  inFlight = false;

  /** As MapLibre's: stopping a move under way ends it, with its moveend. */
  stop() {
    if (this.inFlight) {
      this.inFlight = false;
      this.fire('moveend');
    }
    return this;
  }

  resize() {
    return this;
  }

  maxBounds: unknown = null;
  setMaxBounds(bounds: unknown) {
    this.maxBounds = bounds;
  }

  getLayer(id: string) {
    const layer = this.style.layers.find((candidate) => candidate.id === id);
    if (!layer) return undefined;
    const [minzoom, maxzoom] = this.zoomRanges.get(id) ?? [layer.minzoom ?? 0, layer.maxzoom ?? 24];
    const isHidden = (zoom = this.getZoom()) =>
      zoom < minzoom || zoom >= maxzoom || this.getLayoutProperty(id, 'visibility') === 'none';
    return { ...layer, isHidden };
  }

  setPaintProperty(layerId: string, name: string, value: unknown) {
    this.paint.set(`${layerId}.${name}`, value);
  }

  getPaintProperty(layerId: string, name: string) {
    return this.paint.get(`${layerId}.${name}`);
  }

  remove() {
    this.removed = true;
  }
}

/** A camera move lands at once, and says so as MapLibre does (moveend), after the caller has listened for it. */
function land(map: FakeMap, options: unknown) {
  map.cameraMoves.push(options);
  if (map.holdMoves) map.inFlight = true;
  else queueMicrotask(() => map.fire('moveend'));
}

export class NavigationControl {}
export class FullscreenControl {}
export class ScaleControl {}
export const setWorkerUrl = () => undefined;
export { FakeMap as Map };
