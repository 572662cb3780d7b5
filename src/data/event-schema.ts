import * as z from 'zod/mini';
import {
  count,
  EVENT_KINDS,
  countryCode,
  isoDate,
  line,
  list,
  localTime,
  lonLat,
  positiveNumber,
  radiusKm,
  slug,
  source,
  timeZone,
  httpsUrl,
} from './primitives';
import type { MessageId } from '../i18n/catalogue';
import { problemId } from './describe-issue';
import { CATEGORIES, PRECISIONS, THREADS } from './vocabulary';

const optional = z.optional;

export const casualtyRevision = z.object({
  date: isoDate,
  killed: optional(count),
  injured: optional(count),
  source: line(300),
  note: optional(line(600)),
});

export const attackTally = z.object({
  asOf: isoDate,
  count,
  iraq: optional(count),
  syria: optional(count),
  injured: optional(count),
  source: line(300),
});

/** "N nautical miles west of X": the point is computed from it, never guessed. */
export const sourcedOffset = z.object({
  from: lonLat,
  fromName: line(120),
  distanceKm: positiveNumber(2000),
  bearingDeg: z.number().check(z.gte(0), z.lte(360)),
  basis: line(600),
});

export const statement = z.object({
  who: line(200),
  date: isoDate,
  quote: line(600),
  source: httpsUrl,
});

export const eventProperties = z
  .object({
    id: slug,
    kind: optional(z.enum(EVENT_KINDS)),
    title: line(200),
    date: isoDate,
    endDate: optional(isoDate),
    time: optional(localTime),
    timeZone: optional(timeZone),
    category: z.enum(CATEGORIES),
    thread: optional(z.enum(THREADS)),
    place: line(200),
    country: countryCode,
    precision: z.enum(PRECISIONS),
    precisionKm: radiusKm,
    precisionNote: optional(line(800)),
    killed: optional(count),
    injured: optional(count),
    casualtiesAsOf: optional(isoDate),
    casualtyNote: optional(line(1200)),
    casualtyRevisions: optional(list(casualtyRevision, 50)),
    attackCount: optional(list(attackTally, 100)),
    perpetrator: optional(line(300)),
    claimedBy: optional(line(300)),
    attributedTo: optional(line(300)),
    target: optional(line(300)),
    actors: optional(list(slug, 20)),
    summary: line(1500),
    sources: list(source, 30, 1, problemId('dataProblem.needsSource')),
    statements: optional(list(statement, 20)),
    related: optional(list(slug, 30)),
    origin: optional(lonLat),
    offset: optional(sourcedOffset),
  })
  .check(
    z.superRefine((event, context) => {
      const issue = (path: string, message: MessageId) =>
        context.issues.push({ code: 'custom', path: [path], message: problemId(message), input: event });
      if (event.endDate && event.endDate < event.date) issue('endDate', 'dataProblem.endBeforeStart');
      if (event.time && !event.timeZone) issue('timeZone', 'dataProblem.zoneRequired');
      if (event.precision === 'offset' && !event.offset && !event.precisionNote) {
        issue('precisionNote', 'dataProblem.offsetBasis');
      }
      if (event.related?.includes(event.id)) issue('related', 'dataProblem.relatedToItself');
      if (!event.thread && event.kind !== 'context') issue('thread', 'dataProblem.threadRequired');
      if (event.thread && event.kind === 'context') issue('thread', 'dataProblem.contextThread');
      const cited = new Set(event.sources.map((source) => source.url));
      event.statements?.forEach((said, index) => {
        if (!cited.has(said.source)) context.issues.push({ code: 'custom', path: ['statements', index, 'source'], message: problemId('dataProblem.statementSource'), input: event });
      });
    }),
  );

export const eventFeature = z
  .object({
    type: z.literal('Feature'),
    id: slug,
    // null: no mappable location (GeoJSON allows it); precision must then be `none`.
    geometry: z.nullable(z.object({ type: z.literal('Point'), coordinates: lonLat })),
    properties: eventProperties,
  })
  .check(
    z.refine((feature) => feature.id === feature.properties.id, { path: ['id'], message: problemId('dataProblem.idMismatch') }),
    z.refine((feature) => (feature.geometry === null) === (feature.properties.precision === 'none'), {
      path: ['geometry'],
      message: problemId('dataProblem.geometryNull'),
    }),
  );

export type EventProperties = z.infer<typeof eventProperties>;
export type EventFeature = z.infer<typeof eventFeature>;
export type CasualtyRevision = z.infer<typeof casualtyRevision>;
export type Statement = z.infer<typeof statement>;
export type MappedEvent = EventFeature & { geometry: NonNullable<EventFeature['geometry']> };

export const isMapped = (event: EventFeature): event is MappedEvent =>
  event.geometry !== null && event.properties.kind !== 'context';
