import type { Map as MapLibreMap } from 'maplibre-gl';
import { downloadBlob } from '../lib/download';
import { drawSample, type PictureLegendEntry } from './picture-legend';

export interface SnapshotCaption {
  title: string;
  credits: string;
  /** So a printed copy can be checked against later corrections. */
  dataset?: string;
  legend?: readonly PictureLegendEntry[];
  /** E.g. `data-1.3.1-`; empty for a dataset without a version. */
  fileTag?: string;
}

/** Print wants twice the screen's pixels; a screen that already has them keeps its own. */
export const PRINT_PIXEL_RATIO = 2;

const PAPER = '#ffffff';
const INK = '#1d1c1a';
const MUTED = '#55534e';

export const whenIdle = (map: MapLibreMap) =>
  new Promise<void>((resolve) => {
    if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) resolve();
    else map.once('idle', () => resolve());
  });

/** WebGL clears its buffer after each frame; preserving it for this would cost every frame. */
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

async function copyFrameAt(map: MapLibreMap, pixelRatio: number): Promise<HTMLCanvasElement> {
  if (map.getPixelRatio() >= pixelRatio) return copyNextFrame(map);
  map.setPixelRatio(pixelRatio);
  try {
    await whenIdle(map);
    return await copyNextFrame(map);
  } finally {
    // null is MapLibre's documented way back to following devicePixelRatio.
    map.setPixelRatio(null as unknown as number);
  }
}

function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

interface Layout {
  width: number;
  scale: number;
  titleLines: string[];
  legendRows: { entry: PictureLegendEntry; x: number; row: number }[];
  footerLines: string[];
}

const TITLE_FONT = (s: number) => `700 ${Math.round(15 * s)}px Vazirmatn, sans-serif`;
const TEXT_FONT = (s: number) => `400 ${Math.round(11.5 * s)}px Vazirmatn, sans-serif`;
const LINE = 17;
const MARGIN = 10;

function layOut(
  context: CanvasRenderingContext2D,
  caption: SnapshotCaption,
  width: number,
  s: number,
  stamp: string,
): Layout {
  const inner = width - 2 * MARGIN * s;
  context.font = TITLE_FONT(s);
  const titleLines = wrap(context, caption.title, inner);
  context.font = TEXT_FONT(s);
  const legendRows: Layout['legendRows'] = [];
  let x = 0;
  let row = 0;
  for (const entry of caption.legend ?? []) {
    const cell = 22 * s + context.measureText(entry.label).width + 14 * s;
    if (x > 0 && x + cell > inner) {
      x = 0;
      row += 1;
    }
    legendRows.push({ entry, x, row });
    x += cell;
  }
  const footer = [caption.dataset, caption.credits, stamp].filter(Boolean).join(' · ');
  return { width, scale: s, titleLines, legendRows, footerLines: wrap(context, footer, inner) };
}

export async function mapSnapshot(
  map: MapLibreMap,
  caption: SnapshotCaption,
  stamp: string,
  pixelRatio = 1,
): Promise<Blob> {
  const frame = await copyFrameAt(map, pixelRatio);
  const s = frame.width / Math.max(map.getCanvas().clientWidth, 1);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot compose an image.');
  const layout = layOut(context, caption, frame.width, s, stamp);
  const line = LINE * s;
  const pad = MARGIN * s;
  const titleHeight = layout.titleLines.length * line * 1.15 + pad;
  const legendCount = layout.legendRows.length ? layout.legendRows[layout.legendRows.length - 1]!.row + 1 : 0;
  const legendHeight = legendCount ? legendCount * line + pad : 0;
  const footerHeight = layout.footerLines.length * line + pad;
  canvas.width = frame.width;
  canvas.height = Math.ceil(titleHeight + frame.height + legendHeight + footerHeight);

  context.fillStyle = PAPER;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'middle';
  context.fillStyle = INK;
  context.font = TITLE_FONT(s);
  layout.titleLines.forEach((text, index) =>
    context.fillText(text, pad, pad / 2 + (index + 0.5) * line * 1.15),
  );
  context.drawImage(frame, 0, titleHeight);

  context.font = TEXT_FONT(s);
  const legendTop = titleHeight + frame.height + pad / 2;
  for (const { entry, x, row } of layout.legendRows) {
    const y = legendTop + (row + 0.5) * line;
    drawSample(context, entry.sample, pad + x + 8 * s, y, 14 * s);
    context.fillStyle = INK;
    context.fillText(entry.label, pad + x + 20 * s, y);
  }
  context.fillStyle = MUTED;
  const footerTop = titleHeight + frame.height + legendHeight + pad / 2;
  layout.footerLines.forEach((text, index) => context.fillText(text, pad, footerTop + (index + 0.5) * line));

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}

export async function downloadMapSnapshot(map: MapLibreMap, caption: SnapshotCaption): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  const picture = await mapSnapshot(map, caption, stamp, PRINT_PIXEL_RATIO);
  downloadBlob(picture, `flashpoint-atlas-map-${caption.fileTag ?? ''}${stamp}.png`);
}
