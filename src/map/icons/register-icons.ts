import type { Map as MapLibreMap } from 'maplibre-gl';
import { FAMILIES } from '../../data/category-families';
import { PLACE_KINDS } from '../../data/vocabulary';
import { EVENT_SHAPES, PLACE_SHAPES, type Draw } from './shapes';
import { toSignedDistanceField } from './signed-distance';

const SIZE = 40;
const PAD = 6;
const PIXEL_RATIO = 2;

export const eventIconId = (family: string) => `event-${family}`;
export const placeIconId = (kind: string) => `place-${kind}`;

function rasterize(draw: Draw): ImageData | null {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.translate(PAD, PAD);
  context.fillStyle = '#fff';
  context.strokeStyle = '#fff';
  context.lineWidth = 4;
  context.lineJoin = 'round';
  context.lineCap = 'round';
  draw(context, SIZE - PAD * 2);
  const mask = context.getImageData(0, 0, SIZE, SIZE);
  const field = toSignedDistanceField(mask.data, SIZE, SIZE);
  const image = context.createImageData(SIZE, SIZE);
  image.data.set(field);
  return image;
}

/** Icons are drawn in the page, not fetched: no sprite server, nothing off-origin. */
export function registerIcons(map: MapLibreMap): void {
  const all: [string, Draw][] = [
    ...FAMILIES.map((family) => [eventIconId(family), EVENT_SHAPES[family]] as [string, Draw]),
    ...PLACE_KINDS.map((kind) => [placeIconId(kind), PLACE_SHAPES[kind]] as [string, Draw]),
  ];
  for (const [id, draw] of all) {
    if (map.hasImage(id)) continue;
    const image = rasterize(draw);
    if (image) map.addImage(id, image, { sdf: true, pixelRatio: PIXEL_RATIO });
  }
}
