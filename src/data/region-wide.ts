import type { EventProperties } from './event-schema';

/**
 * A `region` record this wide stands for an area (a campaign across two countries, strikes across Yemen), not for
 * one place known roughly: the map outlines the area instead of blurring a point (docs/DATA.md, *Region-wide
 * records*). Narrower regions, such as a stretch of sea, keep their shaded circle.
 */
export const REGION_WIDE_KM = 200;

export function isRegionWide(event: Pick<EventProperties, 'precision' | 'precisionKm'>): boolean {
  return event.precision === 'region' && event.precisionKm >= REGION_WIDE_KM;
}
