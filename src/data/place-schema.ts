import * as z from 'zod/mini';
import { countryCode, line, list, lonLat, radiusKm, slug, source } from './primitives';
import { PLACE_KINDS, PRECISIONS } from './vocabulary';
import { problemId } from './describe-issue';

export const placeFeature = z
  .object({
    type: z.literal('Feature'),
    id: slug,
    geometry: z.object({ type: z.literal('Point'), coordinates: lonLat }),
    properties: z.object({
      id: slug,
      name: line(120),
      kind: z.enum(PLACE_KINDS),
      country: countryCode,
      precision: z.enum(PRECISIONS),
      precisionKm: radiusKm,
      notes: z.optional(line(800)),
      sources: list(source, 20, 1, problemId('dataProblem.needsSource')),
    }),
  })
  .check(z.refine((feature) => feature.id === feature.properties.id, { path: ['id'], message: problemId('dataProblem.idMismatch') }));

export const laneFeature = z.pipe(
  z.object({
    type: z.literal('Feature'),
    id: z.optional(slug),
    geometry: z.object({ type: z.literal('LineString'), coordinates: list(lonLat, 100_000, 2) }),
    properties: z.object({
      id: slug,
      name: line(200),
      kind: line(60),
      method: line(600),
      lengthKm: z.optional(z.number().check(z.gte(0))),
    }),
  }),
  z.transform((lane) => ({ ...lane, id: lane.properties.id })),
);

export const actor = z.object({
  id: slug,
  name: line(120),
  aliases: z.optional(list(line(120), 20)),
  kind: z.enum(['militia', 'state-force', 'state', 'movement', 'terrorist-group']),
  countries: list(countryCode, 30),
  backedBy: z.optional(countryCode),
  description: line(800),
  sources: list(source, 20, 1),
});

export const actorsFile = z.object({ actors: list(actor, 500) });

export type PlaceFeature = z.infer<typeof placeFeature>;
export type LaneFeature = z.infer<typeof laneFeature>;
export type Actor = z.infer<typeof actor>;
