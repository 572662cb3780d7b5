import { msg, type MessageDescriptor, type MessageId } from '../i18n/catalogue';
import { destination, distanceKm } from '../lib/geodesy';
import type { EventFeature } from './event-schema';
import type { DataProblem } from './parse-collection';

export interface StoryBounds {
  storyWindow: { start: string; end: string };
  region: { west: number; south: number; east: number; north: number };
}

/** Further than this from its sourced offset, a stored point is called hand-placed. */
const OFFSET_TOLERANCE_KM = 1;

function inRegion([lon, lat]: readonly [number, number], region: StoryBounds['region']): boolean {
  return lon >= region.west && lon <= region.east && lat >= region.south && lat <= region.north;
}

/** Coordinates and bounds are said as the file writes them, every decimal kept, so an editor can search for them. */
function outsideRegion(
  field: string,
  [lon, lat]: readonly [number, number],
  region: StoryBounds['region'],
): MessageDescriptor {
  return msg('dataProblem.outsideRegion', {
    field,
    lon: String(lon),
    lat: String(lat),
    west: String(region.west),
    east: String(region.east),
    south: String(region.south),
    north: String(region.north),
  });
}

/** A swapped [lat, lon] pair usually lands far outside the story's frame. */
export function checkPlaces(
  places: readonly { id: string; geometry: { coordinates: readonly [number, number] } }[],
  region: StoryBounds['region'],
): DataProblem[] {
  return places.flatMap((place, index) =>
    inRegion(place.geometry.coordinates, region)
      ? []
      : [
          {
            index,
            featureId: place.id,
            path: 'geometry.coordinates',
            message: outsideRegion('geometry.coordinates', place.geometry.coordinates, region),
          },
        ],
  );
}

export function checkEvents(
  events: readonly EventFeature[],
  bounds?: StoryBounds,
  knownActors?: ReadonlySet<string>,
): DataProblem[] {
  const problems: DataProblem[] = [];
  const ids = new Set(events.map((event) => event.id));
  events.forEach((event, index) => {
    const p = event.properties;
    const report = (path: string, message: MessageDescriptor) =>
      problems.push({ index, featureId: event.id, path, message });
    const says = (path: string, id: MessageId, values?: Record<string, string | number>) =>
      report(path, msg(id, { field: path, ...values }));

    for (const related of p.related ?? []) {
      if (!ids.has(related)) says('properties.related', 'dataProblem.unknownRelated', { related });
    }
    if (knownActors) {
      for (const actor of p.actors ?? []) {
        if (!knownActors.has(actor)) says('properties.actors', 'dataProblem.unknownActor', { actor });
      }
    }
    if (p.casualtiesAsOf && p.casualtiesAsOf < p.date) says('properties.casualtiesAsOf', 'dataProblem.asOfBeforeEvent');
    const revisionDates = (p.casualtyRevisions ?? []).map((revision) => revision.date);
    if (revisionDates.some((date, i) => i > 0 && date < (revisionDates[i - 1] ?? ''))) {
      says('properties.casualtyRevisions', 'dataProblem.revisionsOutOfOrder');
    }
    if (revisionDates.some((date) => date < p.date)) {
      says('properties.casualtyRevisions', 'dataProblem.revisionBeforeEvent');
    }
    if (p.offset && event.geometry) {
      const expected = destination(p.offset.from, p.offset.distanceKm, p.offset.bearingDeg);
      const off = distanceKm(expected, event.geometry.coordinates);
      if (off > OFFSET_TOLERANCE_KM) {
        says('geometry.coordinates', 'dataProblem.offsetMismatch', { km: Math.round(off * 10) / 10 });
      }
    }
    if (!bounds) return;
    const { storyWindow, region } = bounds;
    for (const [path, date] of [
      ['properties.date', p.date],
      ['properties.endDate', p.endDate],
    ] as const) {
      if (date && (date < storyWindow.start || date > storyWindow.end)) {
        says(path, 'dataProblem.outsideWindow', { date, start: storyWindow.start, end: storyWindow.end });
      }
    }
    if (event.geometry && !inRegion(event.geometry.coordinates, region)) {
      report('geometry.coordinates', outsideRegion('geometry.coordinates', event.geometry.coordinates, region));
    }
    if (p.origin && !inRegion(p.origin, region)) {
      report('properties.origin', outsideRegion('properties.origin', p.origin, region));
    }
  });
  return problems;
}
