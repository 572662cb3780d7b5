import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { FAMILY_OF } from '../../data/category-families';
import { isMapped, type EventFeature, type MappedEvent } from '../../data/event-schema';
import { isRegionWide } from '../../data/region-wide';
import { dayNumber } from '../../lib/dates';
import { destination, greatCirclePoints } from '../../lib/geodesy';

/** Below this radius the point itself is honest enough. */
export const HALO_THRESHOLD_KM = 5;

/** MapLibre's 512 px tiles, at the equator. */
const METRES_PER_PIXEL_Z0 = 78_271.517;

export interface MapEventProperties {
  id: string;
  title: string;
  category: string;
  family: string;
  thread: string;
  day: number;
  endDay: number;
  /** Pixels at zoom 0; 0 = no halo (exact, or region-wide). */
  haloZ0: number;
}

function haloAtZoomZero(precisionKm: number, latitude: number): number {
  if (precisionKm <= HALO_THRESHOLD_KM) return 0;
  return (precisionKm * 1000) / (METRES_PER_PIXEL_Z0 * Math.cos((latitude * Math.PI) / 180));
}

function mapProperties(event: MappedEvent): MapEventProperties {
  const p = event.properties;
  const day = dayNumber(p.date);
  return {
    id: event.id,
    title: p.title,
    category: p.category,
    family: FAMILY_OF[p.category],
    thread: p.thread ?? '',
    day,
    endDay: p.endDate ? dayNumber(p.endDate) : day,
    haloZ0: isRegionWide(p) ? 0 : haloAtZoomZero(p.precisionKm, event.geometry.coordinates[1]),
  };
}

const byDay = (a: { properties: MapEventProperties }, b: { properties: MapEventProperties }) =>
  a.properties.day - b.properties.day;

/** Date order: symbols draw in source order, and a symbol-sort-key re-sorts every tile per filter. */
export function toMapEvents(events: readonly EventFeature[]): FeatureCollection<Point, MapEventProperties> {
  return {
    type: 'FeatureCollection',
    features: events
      .filter(isMapped)
      .map((event): Feature<Point, MapEventProperties> => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [...event.geometry.coordinates] },
        properties: mapProperties(event),
      }))
      .sort(byDay),
  };
}

export function toStrikeArcs(
  events: readonly EventFeature[],
): FeatureCollection<LineString, MapEventProperties> {
  return {
    type: 'FeatureCollection',
    features: events
      .filter(isMapped)
      .flatMap((event) => {
        const origin = event.properties.origin;
        if (!origin) return [];
        return [
          {
            type: 'Feature' as const,
            geometry: {
              type: 'LineString' as const,
              coordinates: greatCirclePoints(origin, event.geometry.coordinates),
            },
            properties: mapProperties(event),
          },
        ];
      })
      .sort(byDay),
  };
}

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
