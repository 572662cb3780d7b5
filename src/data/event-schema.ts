import { z } from 'zod';
import {
  count,
  countryCode,
  isoDate,
  line,
  localTime,
  lonLat,
  slug,
  source,
  timeZone,
} from './primitives';
import { CATEGORIES, PRECISIONS, THREADS } from './vocabulary';

export const casualtyRevision = z.object({
  date: isoDate,
  killed: count.optional(),
  injured: count.optional(),
  source: line(300),
  note: line(600).optional(),
});

/** A running tally (attacks on US forces) as reported on one date. */
export const attackTally = z.object({
  asOf: isoDate,
  count,
  iraq: count.optional(),
  syria: count.optional(),
  injured: count.optional(),
  source: line(300),
});

/** A position known only as "N nautical miles west of X": the point is computed from it, never guessed. */
export const sourcedOffset = z.object({
  from: lonLat,
  fromName: line(120),
  distanceKm: z.number().positive().max(2000),
  bearingDeg: z.number().min(0).max(360),
  basis: line(600),
});

export const eventProperties = z
  .object({
    id: slug,
    title: line(200),
    date: isoDate,
    endDate: isoDate.optional(),
    time: localTime.optional(),
    timeZone: timeZone.optional(),
    category: z.enum(CATEGORIES),
    thread: z.enum(THREADS),
    place: line(200),
    country: countryCode,
    precision: z.enum(PRECISIONS),
    precisionKm: z.number().nonnegative().max(1000),
    precisionNote: line(800).optional(),
    killed: count.optional(),
    injured: count.optional(),
    casualtiesAsOf: isoDate.optional(),
    casualtyNote: line(1200).optional(),
    casualtyRevisions: z.array(casualtyRevision).max(50).optional(),
    attackCount: z.array(attackTally).max(100).optional(),
    perpetrator: line(300).optional(),
    claimedBy: line(300).optional(),
    attributedTo: line(300).optional(),
    target: line(300).optional(),
    actors: z.array(slug).max(20).optional(),
    summary: line(1500),
    sources: z.array(source).min(1, 'needs at least one source').max(30),
    related: z.array(slug).max(30).optional(),
    origin: lonLat.optional(),
    offset: sourcedOffset.optional(),
  })
  .superRefine((event, context) => {
    if (event.endDate && event.endDate < event.date) {
      context.addIssue({ code: 'custom', path: ['endDate'], message: 'is before the start date' });
    }
    if (event.time && !event.timeZone) {
      context.addIssue({ code: 'custom', path: ['timeZone'], message: 'is required when a local time is given' });
    }
    if (event.precision === 'offset' && !event.offset && !event.precisionNote) {
      context.addIssue({
        code: 'custom',
        path: ['precisionNote'],
        message: 'an offset position must say what it was derived from (offset or precisionNote)',
      });
    }
    if (event.related?.includes(event.id)) {
      context.addIssue({ code: 'custom', path: ['related'], message: 'an event cannot be related to itself' });
    }
  });

export const eventFeature = z
  .object({
    type: z.literal('Feature'),
    id: slug,
    geometry: z.object({ type: z.literal('Point'), coordinates: lonLat }),
    properties: eventProperties,
  })
  .refine((feature) => feature.id === feature.properties.id, {
    path: ['id'],
    message: 'must equal properties.id',
  });

export type EventProperties = z.infer<typeof eventProperties>;
export type EventFeature = z.infer<typeof eventFeature>;
export type CasualtyRevision = z.infer<typeof casualtyRevision>;
