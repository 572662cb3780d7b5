import type { StateCreator } from 'zustand';
import type { Camera } from '../lib/url-state';

/**
 * The camera belongs to the map; the store only carries requests to move it (from a link, back/forward,
 * or "fly to this event"), each with a fresh sequence number so the same request can be made twice.
 */
export interface CameraRequest {
  seq: number;
  camera?: Camera;
  eventId?: string;
  reset?: boolean;
  /** Frame this box, [[west, south], [east, north]] (the incidents that match a filter). */
  bounds?: [[number, number], [number, number]];
}

export interface CameraSlice {
  cameraRequest: CameraRequest | null;
  /** Bumped to ask the map for a PNG of what it shows; only the map can read its own pixels. */
  snapshotRequest: number;
  requestCamera(request: Omit<CameraRequest, 'seq'>): void;
  requestSnapshot(): void;
}

let seq = 0;

export const createCameraSlice: StateCreator<CameraSlice, [], [], CameraSlice> = (set) => ({
  cameraRequest: null,
  snapshotRequest: 0,
  requestCamera: (request) => set({ cameraRequest: { ...request, seq: ++seq } }),
  requestSnapshot: () => set((state) => ({ snapshotRequest: state.snapshotRequest + 1 })),
});
