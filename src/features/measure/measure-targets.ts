import { isMapped, type EventFeature } from '../../data/event-schema';
import type { PlaceFeature } from '../../data/place-schema';
import type { MeasurePoint } from '../../store/measure-slice';

export interface MeasureTarget extends MeasurePoint {
  key: string;
  group: 'places' | 'incidents';
}

export const MAX_LISTED_INCIDENTS = 1000;

export function measureTargets(
  places: readonly PlaceFeature[],
  events: readonly EventFeature[],
): MeasureTarget[] {
  const fromPlaces = places.map((place): MeasureTarget => ({
    key: `place:${place.id}`,
    group: 'places',
    label: place.properties.name,
    lon: place.geometry.coordinates[0],
    lat: place.geometry.coordinates[1],
  }));
  // A list of 100,000 options would freeze the page; with a dataset that large, incidents are picked on the map.
  const listed = events.length > MAX_LISTED_INCIDENTS ? [] : events.filter(isMapped);
  const fromEvents = listed.map((event): MeasureTarget => ({
    key: `event:${event.id}`,
    group: 'incidents',
    label: event.properties.title,
    lon: event.geometry.coordinates[0],
    lat: event.geometry.coordinates[1],
  }));
  return [...fromPlaces.sort((a, b) => a.label.localeCompare(b.label)), ...fromEvents];
}

export function resolvePoint(
  point: MeasurePoint | undefined,
  targets: readonly MeasureTarget[],
): MeasurePoint | MeasureTarget | undefined {
  if (!point?.ref) return point;
  return targets.find((target) => target.key === point.ref) ?? point;
}
