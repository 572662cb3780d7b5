import { destination, distanceKm } from '../lib/geodesy';
import type { EventFeature } from './event-schema';
import type { DataProblem } from './parse-collection';

export interface StoryBounds {
  storyWindow: { start: string; end: string };
  region: { west: number; south: number; east: number; north: number };
}

/** How far a stored point may sit from the point its sourced offset gives before we call it hand-placed. */
const OFFSET_TOLERANCE_KM = 1;

function inRegion([lon, lat]: readonly [number, number], region: StoryBounds['region']): boolean {
  return lon >= region.west && lon <= region.east && lat >= region.south && lat <= region.north;
}

function outsideRegion([lon, lat]: readonly [number, number], region: StoryBounds['region']): string {
  return `[${lon}, ${lat}] is outside the story region (longitude ${region.west} to ${region.east}, latitude ${region.south} to ${region.north})`;
}

/** Places must sit inside the story's frame too; a swapped [lat, lon] pair usually lands far outside it. */
export function checkPlaces(
  places: readonly { id: string; geometry: { coordinates: readonly [number, number] } }[],
  region: StoryBounds['region'],
): DataProblem[] {
  return places.flatMap((place, index) =>
    inRegion(place.geometry.coordinates, region)
      ? []
      : [{ index, featureId: place.id, path: 'geometry.coordinates', message: outsideRegion(place.geometry.coordinates, region) }],
  );
}

/** Checks that need the whole dataset (or the story's frame) rather than one feature at a time. */
export function checkEvents(
  events: readonly EventFeature[],
  bounds?: StoryBounds,
  knownActors?: ReadonlySet<string>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const ids = new Set(events.map((event) => event.id));
  events.forEach((event, index) => {
    const p = event.properties;
    const report = (path: string, message: string) => problems.push({ index, featureId: event.id, path, message });

    for (const related of p.related ?? []) {
      if (!ids.has(related)) report('properties.related', `names "${related}", which is not an event in this dataset`);
    }
    if (knownActors) {
      for (const actor of p.actors ?? []) {
        if (!knownActors.has(actor)) report('properties.actors', `names "${actor}", which is not in actors.json`);
      }
    }
    if (p.casualtiesAsOf && p.casualtiesAsOf < p.date) report('properties.casualtiesAsOf', 'is before the event');
    const revisionDates = (p.casualtyRevisions ?? []).map((revision) => revision.date);
    if (revisionDates.some((date, i) => i > 0 && date < (revisionDates[i - 1] ?? ''))) {
      report('properties.casualtyRevisions', 'must be in date order');
    }
    if (revisionDates.some((date) => date < p.date)) {
      report('properties.casualtyRevisions', 'has a revision dated before the event');
    }
    if (p.offset && event.geometry) {
      const expected = destination(p.offset.from, p.offset.distanceKm, p.offset.bearingDeg);
      const off = distanceKm(expected, event.geometry.coordinates);
      if (off > OFFSET_TOLERANCE_KM) {
        report('geometry.coordinates', `is ${off.toFixed(1)} km from the point its offset gives; run npm run geo`);
      }
    }
    if (!bounds) return;
    const { storyWindow, region } = bounds;
    for (const [path, date] of [
      ['properties.date', p.date],
      ['properties.endDate', p.endDate],
    ] as const) {
      if (date && (date < storyWindow.start || date > storyWindow.end)) {
        report(path, `${date} is outside the story's window (${storyWindow.start} to ${storyWindow.end})`);
      }
    }
    if (event.geometry && !inRegion(event.geometry.coordinates, region)) {
      report('geometry.coordinates', outsideRegion(event.geometry.coordinates, region));
    }
    if (p.origin && !inRegion(p.origin, region)) report('properties.origin', outsideRegion(p.origin, region));
  });
  return problems;
}
