import type { EventProperties } from './event-schema';

/**
 * This wide, a region stands for an area (strikes across Yemen), not a place known roughly: the map outlines
 * it instead of blurring a point.
 */
export const REGION_WIDE_KM = 200;

export function isRegionWide(event: Pick<EventProperties, 'precision' | 'precisionKm'>): boolean {
  return event.precision === 'region' && event.precisionKm >= REGION_WIDE_KM;
}
