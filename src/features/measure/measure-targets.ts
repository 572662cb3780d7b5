import type { EventFeature } from '../../data/event-schema';
import type { PlaceFeature } from '../../data/place-schema';
import type { MeasurePoint } from '../../store/measure-slice';

/** Something a reader can measure from without pointing at the map: an incident or a named place. */
export interface MeasureTarget extends MeasurePoint {
  key: string;
  group: 'Places' | 'Incidents';
}

export function measureTargets(
  places: readonly PlaceFeature[],
  events: readonly EventFeature[],
): MeasureTarget[] {
  const fromPlaces = places.map((place): MeasureTarget => ({
    key: `place:${place.id}`,
    group: 'Places',
    label: place.properties.name,
    lon: place.geometry.coordinates[0],
    lat: place.geometry.coordinates[1],
  }));
  const fromEvents = events.map((event): MeasureTarget => ({
    key: `event:${event.id}`,
    group: 'Incidents',
    label: event.properties.title,
    lon: event.geometry.coordinates[0],
    lat: event.geometry.coordinates[1],
  }));
  return [...fromPlaces.sort((a, b) => a.label.localeCompare(b.label)), ...fromEvents];
}

/** The record a point stands for, with its exact coordinates, or the point itself for a spot on the map. */
export function resolvePoint(
  point: MeasurePoint | undefined,
  targets: readonly MeasureTarget[],
): MeasurePoint | MeasureTarget | undefined {
  if (!point?.ref) return point;
  return targets.find((target) => target.key === point.ref) ?? point;
}
