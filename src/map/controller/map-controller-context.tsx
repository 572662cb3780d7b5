import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Camera } from '../../lib/url-state';
import type { MapController } from './map-controller';

/**
 * Where the living map's controller is found, from the moment the map exists until it goes. A camera asked for
 * before then (a Back or Forward while MapLibre still downloads) waits here and is applied when the map comes.
 */
export class MapControllerSlot {
  private controller: MapController | null = null;
  private pending: Camera | null = null;
  private readonly listeners = new Set<() => void>();

  readonly current = () => this.controller;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  attach(controller: MapController): void {
    this.controller = controller;
    if (this.pending) void controller.jumpTo(viewOf(this.pending));
    this.pending = null;
    this.notify();
  }

  /** Only the map that went: a new one may already be in. */
  detach(controller: MapController): void {
    if (this.controller !== controller) return;
    this.controller = null;
    this.notify();
  }

  private notify() {
    for (const listener of this.listeners) listener();
  }

  /** Jumps to a link's camera now, or as soon as there is a map. */
  jumpTo(camera: Camera): void {
    if (this.controller) void this.controller.jumpTo(viewOf(camera));
    else this.pending = camera;
  }
}

const viewOf = ({ lon, lat, zoom }: Camera) => ({ center: [lon, lat] as [number, number], zoom });

// Without a provider (a component rendered alone) there is one slot for the page.
const SlotContext = createContext(new MapControllerSlot());

export function MapControllerProvider({ children }: { children: ReactNode }) {
  const [slot] = useState(() => new MapControllerSlot());
  return <SlotContext.Provider value={slot}>{children}</SlotContext.Provider>;
}

export function useMapControllerSlot(): MapControllerSlot {
  return useContext(SlotContext);
}

/** The map's controller, or null before the map exists (as react-map-gl's useMap). */
export function useMapController(): MapController | null {
  const slot = useMapControllerSlot();
  return useSyncExternalStore(slot.subscribe, slot.current, slot.current);
}
