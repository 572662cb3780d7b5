import type { StateCreator } from 'zustand';
import type { Camera } from '../lib/url-state';

/** A fresh sequence number, so the same request can be made twice. */
export interface CameraRequest {
  seq: number;
  camera?: Camera;
  eventId?: string;
  reset?: boolean;
  /** [[west, south], [east, north]]. */
  bounds?: [[number, number], [number, number]];
}

export interface CameraSlice {
  cameraRequest: CameraRequest | null;
  /** Only the map can read its own pixels. */
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
