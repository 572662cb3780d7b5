import type { Family } from './category-families';
import type { PlaceKind } from './vocabulary';
import { circle, reversedCircle, starPath, type Shape } from '../lib/svg-shape';

/** Each family's and place kind's symbol: the map, the list, the timeline and the legend all draw these. */
export const EVENT_SHAPES: Record<Family, Shape> = {
  bombing: { fill: starPath(8, 48, 24) },
  'air-strike': { fill: 'M50 95L4 10H96Z' },
  'attack-on-base': { fill: 'M50 3L97 50L50 97L3 50Z' },
  'at-sea': { fill: 'M12 12H88V88H12Z' },
  other: { fill: circle(42) },
};

/**
 * A story's anchor place (Kerman, the airport, the strait, the bases): a push pin, its needle's tip on the place
 * and its head well above it, a shape no incident or other place uses. The hole is wound the other way, so a
 * non-zero fill leaves it open.
 */
export const ANCHOR_PIN: Shape = {
  fill: `M27 24a23 23 0 1 0 46 0a23 23 0 1 0 -46 0ZM45 44L49 97H51L55 44Z${reversedCircle(50, 24, 9)}`,
};

/** A basemap city (GeoNames): a small plain dot, smaller than any of the dataset's own places. */
export const CITY_DOT: Shape = { fill: circle(20) };

/** A context record (the story's backdrop) in the list: an open ring, in no family's colour. */
export const CONTEXT_RING: Shape = { stroke: circle(36) };

/** How a crowd of incidents is drawn (src/data/crowd.ts): a disc, the same size as the map's dots. */
export const CROWD_DOT: Shape = { fill: circle(30) };

export const PLACE_SHAPES: Record<PlaceKind, Shape> = {
  capital: { stroke: circle(38), fill: circle(15) },
  city: { fill: circle(22) },
  base: { stroke: 'M15 15H85V60L50 90L15 60Z' },
  airport: { stroke: `${circle(38)}M30 70L70 30` },
  chokepoint: { stroke: 'M15 12H85L15 88H85Z' },
  port: { stroke: `${circle(12)}M50 32V86M20 62Q50 102 80 62` },
  cemetery: { stroke: 'M50 10V90M25 35H75' },
  embassy: { stroke: 'M25 90V10', fill: 'M25 12L80 25L25 48Z' },
  region: { stroke: circle(38) },
};
