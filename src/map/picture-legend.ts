import type { Map as MapLibreMap } from 'maplibre-gl';
import type { EventDrawing } from '../data/crowd';
import { translate } from '../i18n';
import { readLegendContent } from './bindings/legend-content';
import { legendEntries, type LegendSample } from './legend/legend-entries';
import type { Theme } from './style/palette';

export interface PictureLegendEntry {
  label: string;
  sample: LegendSample;
}

export function pictureLegend(map: MapLibreMap, drawing: EventDrawing, theme: Theme): PictureLegendEntry[] {
  return legendEntries(readLegendContent(map, drawing), theme).map((entry) => ({
    label: translate(entry.label),
    sample: entry.sample,
  }));
}

/** MapLibre measures a dash in line widths; the canvas in pixels. */
const dashes = (dash: readonly number[], width: number) => dash.map((part) => part * width);

/** As LegendSample.tsx draws it in the page. */
export function drawSample(
  context: CanvasRenderingContext2D,
  sample: LegendSample,
  x: number,
  y: number,
  size: number,
) {
  const r = size / 2;
  const unit = size / 18;
  const circle = (radius: number) => {
    context.beginPath();
    context.arc(x, y, radius, 0, Math.PI * 2);
  };
  context.save();
  switch (sample.kind) {
    case 'shape': {
      context.translate(x - r, y - r);
      context.scale(size / 100, size / 100);
      context.fillStyle = sample.colour;
      context.strokeStyle = sample.colour;
      context.lineWidth = 9;
      if (sample.shape.fill) context.fill(new Path2D(sample.shape.fill));
      if (sample.shape.stroke) context.stroke(new Path2D(sample.shape.stroke));
      break;
    }
    case 'halo':
      circle(r - unit);
      context.globalAlpha = sample.fillOpacity;
      context.fillStyle = sample.colour;
      context.fill();
      context.globalAlpha = sample.ringOpacity;
      context.strokeStyle = sample.colour;
      context.lineWidth = unit;
      context.stroke();
      break;
    case 'outline':
      circle(r - 1.5 * unit);
      context.globalAlpha = sample.opacity;
      context.strokeStyle = sample.colour;
      context.lineWidth = 1.5 * unit;
      context.setLineDash(dashes(sample.dash, 1.5 * unit));
      context.stroke();
      break;
    case 'line':
      context.beginPath();
      context.moveTo(x - r + unit, y);
      context.lineTo(x + r - unit, y);
      context.strokeStyle = sample.colour;
      context.lineWidth = 2 * unit;
      context.lineCap = 'round';
      context.setLineDash(dashes(sample.dash, 2 * unit));
      context.stroke();
      break;
    case 'bubble':
      circle(r - unit);
      context.globalAlpha = sample.opacity;
      context.fillStyle = sample.fill;
      context.fill();
      context.globalAlpha = 1;
      context.strokeStyle = sample.ring;
      context.lineWidth = 1.5 * unit;
      context.stroke();
      break;
    case 'ring':
      circle(r - 2 * unit);
      context.strokeStyle = sample.colour;
      context.lineWidth = 2.5 * unit;
      context.stroke();
      break;
    case 'fill':
      context.globalAlpha = sample.opacity;
      context.fillStyle = sample.colour;
      context.fillRect(x - r + unit, y - r + 3 * unit, size - 2 * unit, size - 6 * unit);
      break;
  }
  context.restore();
}
