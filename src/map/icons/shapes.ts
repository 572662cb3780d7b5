import type { Family } from '../../data/category-families';
import type { PlaceKind } from '../../data/vocabulary';

/** Each draws inside a square of side `s`, centred; a filled path is an event, a stroked one a place. */
export type Draw = (context: CanvasRenderingContext2D, s: number) => void;

function polygon(context: CanvasRenderingContext2D, points: [number, number][]) {
  context.beginPath();
  points.forEach(([x, y], i) => (i === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
  context.closePath();
}

function star(context: CanvasRenderingContext2D, s: number, spikes: number, outer: number, inner: number) {
  const points: [number, number][] = [];
  for (let i = 0; i < spikes * 2; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = (Math.PI * i) / spikes - Math.PI / 2;
    points.push([s / 2 + radius * Math.cos(angle), s / 2 + radius * Math.sin(angle)]);
  }
  polygon(context, points);
}

export const EVENT_SHAPES: Record<Family, Draw> = {
  bombing: (c, s) => (star(c, s, 8, s * 0.47, s * 0.24), c.fill()),
  'air-strike': (c, s) => (polygon(c, [[s / 2, s * 0.94], [s * 0.04, s * 0.1], [s * 0.96, s * 0.1]]), c.fill()),
  'attack-on-base': (c, s) => (polygon(c, [[s / 2, s * 0.03], [s * 0.97, s / 2], [s / 2, s * 0.97], [s * 0.03, s / 2]]), c.fill()),
  'at-sea': (c, s) => (c.beginPath(), c.rect(s * 0.12, s * 0.12, s * 0.76, s * 0.76), c.fill()),
  other: (c, s) => (c.beginPath(), c.arc(s / 2, s / 2, s * 0.42, 0, Math.PI * 2), c.fill()),
};

const ring = (c: CanvasRenderingContext2D, s: number, r: number) => {
  c.beginPath();
  c.arc(s / 2, s / 2, r, 0, Math.PI * 2);
};

export const PLACE_SHAPES: Record<PlaceKind, Draw> = {
  capital: (c, s) => {
    ring(c, s, s * 0.4);
    c.stroke();
    ring(c, s, s * 0.16);
    c.fill();
  },
  city: (c, s) => (ring(c, s, s * 0.22), c.fill()),
  base: (c, s) => (polygon(c, [[s * 0.15, s * 0.15], [s * 0.85, s * 0.15], [s * 0.85, s * 0.6], [s / 2, s * 0.9], [s * 0.15, s * 0.6]]), c.stroke()),
  airport: (c, s) => {
    ring(c, s, s * 0.4);
    c.stroke();
    c.beginPath();
    c.moveTo(s * 0.3, s * 0.7);
    c.lineTo(s * 0.7, s * 0.3);
    c.stroke();
  },
  chokepoint: (c, s) => (polygon(c, [[s * 0.15, s * 0.12], [s * 0.85, s * 0.12], [s * 0.15, s * 0.88], [s * 0.85, s * 0.88]]), c.stroke()),
  port: (c, s) => {
    ring(c, s, s * 0.12);
    c.stroke();
    c.beginPath();
    c.moveTo(s / 2, s * 0.32);
    c.lineTo(s / 2, s * 0.86);
    c.moveTo(s * 0.2, s * 0.62);
    c.quadraticCurveTo(s / 2, s * 1.02, s * 0.8, s * 0.62);
    c.stroke();
  },
  cemetery: (c, s) => {
    c.beginPath();
    c.moveTo(s / 2, s * 0.1);
    c.lineTo(s / 2, s * 0.9);
    c.moveTo(s * 0.25, s * 0.35);
    c.lineTo(s * 0.75, s * 0.35);
    c.stroke();
  },
  embassy: (c, s) => {
    c.beginPath();
    c.moveTo(s * 0.25, s * 0.9);
    c.lineTo(s * 0.25, s * 0.1);
    c.stroke();
    polygon(c, [[s * 0.25, s * 0.12], [s * 0.8, s * 0.25], [s * 0.25, s * 0.48]]);
    c.fill();
  },
  region: (c, s) => {
    c.setLineDash([s * 0.12, s * 0.1]);
    ring(c, s, s * 0.4);
    c.stroke();
    c.setLineDash([]);
  },
};
