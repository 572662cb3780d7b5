import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { FAMILY_OF } from '../../data/category-families';
import type { DatasetIndex } from '../../data/dataset-index';
import { isMapped, type MappedEvent } from '../../data/event-schema';
import { isRegionWide } from '../../data/region-wide';
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

type MapPoint = Feature<Point, MapEventProperties>;

/** Each mapped event the test wants, in story order, with its point. */
function mappedPoints(
  { events, columns }: DatasetIndex,
  wanted: (event: MappedEvent) => boolean,
): [MappedEvent, MapPoint][] {
  const pairs: [MappedEvent, MapPoint][] = [];
  events.forEach((event, i) => {
    if (!isMapped(event) || !wanted(event)) return;
    const p = event.properties;
    const properties: MapEventProperties = {
      id: event.id,
      title: p.title,
      category: p.category,
      family: FAMILY_OF[p.category],
      thread: p.thread ?? '',
      day: columns.startDay[i]!,
      endDay: columns.endDay[i]!,
      haloZ0: isRegionWide(p) ? 0 : haloAtZoomZero(p.precisionKm, event.geometry.coordinates[1]),
    };
    pairs.push([
      event,
      // The event's own point, not a copy: at 100k incidents the copies held 6 MB of heap, and the map never writes to them.
      { type: 'Feature', geometry: event.geometry, properties },
    ]);
  });
  return pairs;
}

/**
 * Story order: symbols draw in source order, later ones on top, and a symbol-sort-key would re-sort every tile
 * per filter.
 */
export function toMapEvents(index: DatasetIndex): FeatureCollection<Point, MapEventProperties> {
  return { type: 'FeatureCollection', features: mappedPoints(index, () => true).map(([, point]) => point) };
}

/** Each arc is built from its own strike, so it carries that strike's properties whatever the file's order. */
export function toStrikeArcs(index: DatasetIndex): FeatureCollection<LineString, MapEventProperties> {
  return {
    type: 'FeatureCollection',
    features: mappedPoints(index, (event) => !!event.properties.origin).map(([event, point]) => ({
      type: 'Feature' as const,
      geometry: {
        type: 'LineString' as const,
        coordinates: greatCirclePoints(event.properties.origin!, event.geometry.coordinates),
      },
      properties: point.properties,
    })),
  };
}

export function toRegionOutlines(index: DatasetIndex): FeatureCollection<LineString, MapEventProperties> {
  return {
    type: 'FeatureCollection',
    features: mappedPoints(index, (event) => isRegionWide(event.properties)).map(([event, point]) => {
      const centre = event.geometry.coordinates;
      const ring = Array.from({ length: 97 }, (_, step) =>
        destination(centre, event.properties.precisionKm, step * 3.75),
      );
      return {
        type: 'Feature' as const,
        geometry: { type: 'LineString' as const, coordinates: ring },
        properties: point.properties,
      };
    }),
  };
}
