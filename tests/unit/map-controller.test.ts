import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { cameraMoves } from '../../src/map/controller/camera-moves';
import { MapControllerSlot } from '../../src/map/controller/map-controller-context';
import type { MapController } from '../../src/map/controller/map-controller';
import { FakeMap } from '../fakes/fake-maplibre';

const KERMAN = { center: [57.08, 30.28] as [number, number], zoom: 7 };
const BAGHDAD = { center: [44.23, 33.26] as [number, number], zoom: 8 };

function flightMap() {
  const map = new FakeMap({
    style: { version: 8, sources: {}, layers: [] },
    container: document.createElement('div'),
  });
  map.holdMoves = true;
  return map;
}

/** Which of the promises have settled, once the microtasks their settling queued have run. */
async function settled(...moves: Promise<void>[]) {
  const done = moves.map(() => false);
  moves.forEach((move, index) => void move.then(() => (done[index] = true)));
  for (let turn = 0; turn < 3; turn++) await Promise.resolve();
  return done;
}

describe('the map controller’s camera moves', () => {
  it('settle when the map has moved, not before', async () => {
    const map = flightMap();
    const moves = cameraMoves(map as unknown as MapLibreMap, () => false);
    const flight = moves.flyTo(KERMAN, { speed: 1.6 });
    expect(map.cameraMoves).toEqual([{ ...KERMAN, speed: 1.6 }]);
    expect(await settled(flight)).toEqual([false]);
    map.inFlight = false;
    map.fire('moveend');
    expect(await settled(flight)).toEqual([true]);
  });

  it('fit bounds with their padding and settle on moveend too', async () => {
    const map = flightMap();
    const moves = cameraMoves(map as unknown as MapLibreMap, () => false);
    const fit = moves.fitBounds([40, 12, 60, 38], { padding: 24, maxZoom: 7 });
    expect(map.cameraMoves).toEqual([{ bounds: [40, 12, 60, 38], padding: 24, maxZoom: 7 }]);
    expect(await settled(fit)).toEqual([false]);
    map.fire('moveend');
    expect(await settled(fit)).toEqual([true]);
  });

  it('jump under prefers-reduced-motion, and settle at once', async () => {
    const map = flightMap();
    const moves = cameraMoves(map as unknown as MapLibreMap, () => true);
    const flight = moves.flyTo(KERMAN, { speed: 1.6 });
    const fit = moves.fitBounds([40, 12, 60, 38], { padding: 24 });
    expect(map.cameraMoves).toEqual([KERMAN, { bounds: [40, 12, 60, 38], padding: 24, animate: false }]);
    expect(await settled(flight, fit)).toEqual([true, true]);
  });

  it('settle a jump at once even with motion allowed', async () => {
    const moves = cameraMoves(flightMap() as unknown as MapLibreMap, () => false);
    expect(await settled(moves.jumpTo(BAGHDAD))).toEqual([true]);
  });

  it('settle a move cut short by the next, which then waits for its own moveend', async () => {
    const map = flightMap();
    const moves = cameraMoves(map as unknown as MapLibreMap, () => false);
    const first = moves.flyTo(KERMAN);
    const second = moves.flyTo(BAGHDAD);
    expect(await settled(first, second)).toEqual([true, false]);
    map.fire('moveend');
    expect(await settled(second)).toEqual([true]);
  });

  it('settle a cut-short move even when stopping it says nothing', async () => {
    const map = flightMap();
    const moves = cameraMoves(map as unknown as MapLibreMap, () => false);
    const first = moves.flyTo(KERMAN);
    map.inFlight = false; // a map that fires no moveend on stop
    const jump = moves.jumpTo(BAGHDAD);
    expect(await settled(first, jump)).toEqual([true, true]);
  });

  it('settle a move under way when the map goes', async () => {
    const moves = cameraMoves(flightMap() as unknown as MapLibreMap, () => false);
    const flight = moves.flyTo(KERMAN);
    moves.settle();
    expect(await settled(flight)).toEqual([true]);
  });
});

describe('the controller slot', () => {
  const controller = () => {
    const jumps: unknown[] = [];
    const fake = {
      jumpTo: (view: unknown) => {
        jumps.push(view);
        return Promise.resolve();
      },
    } as unknown as MapController;
    return { fake, jumps };
  };

  it('keeps a link’s camera asked for before the map exists, and applies it when the map comes', () => {
    const slot = new MapControllerSlot();
    slot.jumpTo({ lon: 44.23, lat: 33.26, zoom: 8 });
    expect(slot.current()).toBeNull();
    const { fake, jumps } = controller();
    slot.attach(fake);
    expect(jumps).toEqual([{ center: [44.23, 33.26], zoom: 8 }]);
    expect(slot.current()).toBe(fake);
  });

  it('hands a camera straight to a map that exists, and forgets a map that went', () => {
    const slot = new MapControllerSlot();
    const { fake, jumps } = controller();
    slot.attach(fake);
    slot.jumpTo({ lon: 57.08, lat: 30.28, zoom: 7 });
    expect(jumps).toEqual([{ center: [57.08, 30.28], zoom: 7 }]);
    const next = controller();
    slot.attach(next.fake);
    slot.detach(fake);
    expect(slot.current()).toBe(next.fake);
    slot.detach(next.fake);
    expect(slot.current()).toBeNull();
  });
});
