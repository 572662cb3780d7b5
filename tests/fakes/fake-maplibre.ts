/**
 * A stand-in for maplibre-gl in component tests (jsdom has no WebGL). It records what the app asks of the
 * map; tests/unit/maplibre-contract.test.ts checks that the real library still offers every call used here.
 */
import type { StyleSpecification } from 'maplibre-gl';

type Listener = (event: Record<string, unknown>) => void;

export const createdMaps: FakeMap[] = [];

export class FakeMap {
  readonly style: StyleSpecification;
  readonly listeners = new Map<string, Listener[]>();
  readonly paint = new Map<string, unknown>();
  readonly controls: unknown[] = [];
  removed = false;
  touchZoomRotate = { disableRotation: () => undefined };
  keyboard = { disableRotation: () => undefined };

  constructor(readonly options: { style: StyleSpecification; container: HTMLElement }) {
    this.style = options.style;
    createdMaps.push(this);
  }

  on(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
    return this;
  }

  off(type: string, listener: Listener) {
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

  getLayer(id: string) {
    return this.style.layers.find((layer) => layer.id === id);
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

export class NavigationControl {}
export class FullscreenControl {}
export class ScaleControl {}
export const setWorkerUrl = () => undefined;
export { FakeMap as Map };
