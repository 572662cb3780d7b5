import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { FAMILY_OF } from '../../data/category-families';
import { isMapped, type EventFeature } from '../../data/event-schema';
import { isRegionWide } from '../../data/region-wide';
import { dayNumber } from '../../lib/dates';
import { destination, greatCirclePoints } from '../../lib/geodesy';

/** Below this radius the point itself is honest enough; above it a halo shows the uncertainty. */
export const HALO_THRESHOLD_KM = 5;

/** Metres per pixel at zoom 0 on MapLibre's 512 px tiles, at the equator. */
const METRES_PER_PIXEL_Z0 = 78_271.517;

export interface MapEventProperties {
  id: string;
  title: string;
  category: string;
  family: string;
  thread: string;
  day: number;
  endDay: number;
  /** Halo radius in pixels at zoom 0; the layer scales it by 2^zoom. 0 = no halo (exact, or region-wide). */
  haloZ0: number;
}

function haloAtZoomZero(precisionKm: number, latitude: number): number {
  if (precisionKm <= HALO_THRESHOLD_KM) return 0;
  return (precisionKm * 1000) / (METRES_PER_PIXEL_Z0 * Math.cos((latitude * Math.PI) / 180));
}

/**
 * Only what the layers' expressions read goes to the GPU; the detail panel reads the full record. Features go
 * in date order because symbols draw in source order: later events end up on top without a `symbol-sort-key`,
 * which would make the worker sort every tile again on each filter change.
 */
export function toMapEvents(events: readonly EventFeature[]): FeatureCollection<Point, MapEventProperties> {
  return {
    type: 'FeatureCollection',
    features: events
      .filter(isMapped)
      .map((event): Feature<Point, MapEventProperties> => {
        const p = event.properties;
        const day = dayNumber(p.date);
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [...event.geometry.coordinates] },
          properties: {
            id: event.id,
            title: p.title,
            category: p.category,
            family: FAMILY_OF[p.category],
            thread: p.thread ?? '',
            day,
            endDay: p.endDate ? dayNumber(p.endDate) : day,
            // A region-wide record is outlined (toRegionOutlines), never blurred.
            haloZ0: isRegionWide(p) ? 0 : haloAtZoomZero(p.precisionKm, event.geometry.coordinates[1]),
          },
        };
      })
      .sort((a, b) => a.properties.day - b.properties.day),
  };
}

/** Great-circle arcs from a documented launch point to the target, for strikes that have one. */
export function toStrikeArcs(
  events: readonly EventFeature[],
): FeatureCollection<LineString, MapEventProperties> {
  // Only the few strikes with a launch point are converted, not the whole dataset a second time.
  const launched = events.filter(isMapped).filter((event) => event.properties.origin);
  const points = toMapEvents(launched).features;
  return {
    type: 'FeatureCollection',
    features: launched.flatMap((event, index) => {
      const origin = event.properties.origin;
      const point = points[index];
      if (!origin || !point) return [];
      return [
        {
          type: 'Feature' as const,
          geometry: {
            type: 'LineString' as const,
            coordinates: greatCirclePoints(origin, event.geometry.coordinates),
          },
          properties: point.properties,
        },
      ];
    }),
  };
}

/** The area a region-wide record stands for, as a ring of its radius round its point (src/data/region-wide.ts). */
export function toRegionOutlines(
  events: readonly EventFeature[],
): FeatureCollection<LineString, MapEventProperties> {
  const wide = events.filter(isMapped).filter((event) => isRegionWide(event.properties));
  const points = toMapEvents(wide).features;
  return {
    type: 'FeatureCollection',
    features: points.map((point) => {
      const event = wide.find((candidate) => candidate.id === point.properties.id)!;
      const ring = Array.from({ length: 97 }, (_, step) =>
        destination(
          point.geometry.coordinates as [number, number],
          event.properties.precisionKm,
          step * 3.75,
        ),
      );
      return {
        type: 'Feature' as const,
        geometry: { type: 'LineString' as const, coordinates: ring },
        properties: point.properties,
      };
    }),
  };
}
