import type { Map as MapLibreMap } from 'maplibre-gl';
import { FAMILIES } from '../../data/category-families';
import { PLACE_KINDS } from '../../data/vocabulary';
import { ANCHOR_PIN, CITY_DOT, EVENT_SHAPES, PLACE_SHAPES } from '../../data/symbol-shapes';
import type { Shape } from '../../lib/svg-shape';
import { toSignedDistanceField } from './signed-distance';

const SIZE = 40;
const PAD = 6;
const PIXEL_RATIO = 2;

export const eventIconId = (family: string) => `event-${family}`;
export const placeIconId = (kind: string) => `place-${kind}`;
export const anchorPinIconId = 'anchor-pin';
export const cityDotIconId = 'city-dot';
/** Icon pixels: the anchor layer shifts the pin down by it. */
export const ICON_PAD_PX = PAD / PIXEL_RATIO;

function rasterize(context: CanvasRenderingContext2D, shape: Shape): ImageData {
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, SIZE, SIZE);
  const scale = (SIZE - PAD * 2) / 100;
  context.translate(PAD, PAD);
  context.scale(scale, scale);
  context.fillStyle = '#fff';
  context.strokeStyle = '#fff';
  context.lineWidth = 12;
  context.lineJoin = 'round';
  context.lineCap = 'round';
  if (shape.stroke) context.stroke(new Path2D(shape.stroke));
  if (shape.fill) context.fill(new Path2D(shape.fill));
  const mask = context.getImageData(0, 0, SIZE, SIZE);
  const image = context.createImageData(SIZE, SIZE);
  image.data.set(toSignedDistanceField(mask.data, SIZE, SIZE));
  return image;
}

/** Drawn in the page, not fetched: no sprite server, nothing off-origin. */
export function registerIcons(map: MapLibreMap): void {
  const all: [string, Shape][] = [
    ...FAMILIES.map((family): [string, Shape] => [eventIconId(family), EVENT_SHAPES[family]]),
    ...PLACE_KINDS.map((kind): [string, Shape] => [placeIconId(kind), PLACE_SHAPES[kind]]),
    [anchorPinIconId, ANCHOR_PIN],
    [cityDotIconId, CITY_DOT],
  ];
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  // Read back at once: a CPU-backed canvas makes getImageData cheap (GPU-backed cost about 300 ms under a
  // software GPU).
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context || typeof Path2D === 'undefined') return;
  for (const [id, shape] of all) {
    if (!map.hasImage(id))
      map.addImage(id, rasterize(context, shape), { sdf: true, pixelRatio: PIXEL_RATIO });
  }
}
