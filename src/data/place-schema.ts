import { z } from 'zod';
import { countryCode, line, lonLat, slug, source } from './primitives';
import { PLACE_KINDS, PRECISIONS } from './vocabulary';

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
      precisionKm: z.number().nonnegative().max(1000),
      notes: line(800).optional(),
      sources: z.array(source).min(1, 'needs at least one source').max(20),
    }),
  })
  .refine((feature) => feature.id === feature.properties.id, { path: ['id'], message: 'must equal properties.id' });

export const laneFeature = z.object({
  type: z.literal('Feature'),
  id: slug.optional(),
  geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat).min(2) }),
  properties: z.object({
    id: slug,
    name: line(200),
    kind: line(60),
    method: line(600),
    lengthKm: z.number().nonnegative().optional(),
  }),
});

export const actor = z.object({
  id: slug,
  name: line(120),
  aliases: z.array(line(120)).max(20).optional(),
  kind: z.enum(['militia', 'state-force', 'state', 'movement', 'terrorist-group']),
  countries: z.array(countryCode).max(30),
  backedBy: countryCode.optional(),
  description: line(800),
  sources: z.array(source).min(1).max(20),
});

export const actorsFile = z.object({ actors: z.array(actor).max(500) });

export type PlaceFeature = z.infer<typeof placeFeature>;
export type LaneFeature = z.infer<typeof laneFeature>;
export type Actor = z.infer<typeof actor>;
