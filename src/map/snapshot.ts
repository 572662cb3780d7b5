import type { Map as MapLibreMap } from 'maplibre-gl';
import { downloadBlob } from '../lib/download';

/** The band above the picture and the line below it, from the story file. */
export interface SnapshotCaption {
  title: string;
  credits: string;
}

/**
 * WebGL clears its buffer after each frame, so the pixels are copied inside the next render event, while
 * they are still there; keeping the buffer around for every frame just for this would cost every frame.
 */
function copyNextFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')?.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/** The map as shown, with a title band above and the credits below, as a newsroom would publish it. */
export async function mapSnapshot(map: MapLibreMap, caption: SnapshotCaption, stamp: string): Promise<Blob> {
  const frame = await copyNextFrame(map);
  const scale = frame.width / Math.max(map.getCanvas().clientWidth, 1);
  const band = Math.round(28 * scale);
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height + band * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot compose an image.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(frame, 0, band);
  context.fillStyle = '#1d1c1a';
  context.textBaseline = 'middle';
  context.font = `700 ${Math.round(15 * scale)}px Vazirmatn, sans-serif`;
  context.fillText(caption.title, 10 * scale, band / 2);
  context.font = `400 ${Math.round(12 * scale)}px Vazirmatn, sans-serif`;
  context.fillText(`${caption.credits} · ${stamp}`, 10 * scale, frame.height + band * 1.5);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}

export async function downloadMapSnapshot(map: MapLibreMap, caption: SnapshotCaption): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  downloadBlob(await mapSnapshot(map, caption, stamp), `flashpoint-atlas-map-${stamp}.png`);
}
