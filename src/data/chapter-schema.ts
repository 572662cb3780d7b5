import * as z from 'zod/mini';
import { isoDate, lonLat, slug } from './primitives';
import { problemId } from './describe-issue';

const text = (max: number) => z.string().check(z.minLength(1, problemId('dataProblem.empty')), z.maxLength(max));
const ids = z.array(slug).check(z.maxLength(40));

/** Bounds are fitted to whatever screen the class has. */
export const chapterView = z.union([
  z.strictObject({
    center: lonLat,
    zoom: z.number().check(z.gte(0), z.lte(22)),
    bearing: z.optional(z.number().check(z.gte(-180), z.lte(360))),
    pitch: z.optional(z.number().check(z.gte(0), z.lte(85))),
  }),
  z.strictObject({
    bounds: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .check(
        z.refine(([west, south, east, north]) => west < east && south < north, problemId('dataProblem.bounds')),
      ),
  }),
]);

/** The basemap and the incidents are always drawn. */
export const CHAPTER_LAYERS = ['proxies', 'lanes', 'arcs', 'halos', 'places'] as const;
export type ChapterLayer = (typeof CHAPTER_LAYERS)[number];

export const chapter = z.strictObject({
  id: slug,
  title: text(120),
  body: text(600),
  notes: text(2000),
  question: z.optional(z.strictObject({ prompt: text(300), answer: z.optional(text(600)) })),
  view: chapterView,
  highlight: z.strictObject({ events: ids, places: ids }),
  layers: z.array(z.enum(CHAPTER_LAYERS)),
  timeline: z.optional(z.boolean()),
  window: z.optional(
    z
      .strictObject({ from: isoDate, to: isoDate })
      .check(z.refine(({ from, to }) => from <= to, problemId('dataProblem.fromAfterTo'))),
  ),
  /** The records whose sources back every fact in the chapter. */
  sources: z.strictObject({
    events: ids.check(z.minLength(1, problemId('dataProblem.chapterNeedsIncidents'))),
    actors: z.optional(ids),
    places: z.optional(ids),
  }),
});

export const chapters = z.array(chapter).check(z.maxLength(100));

export type Chapter = z.infer<typeof chapter>;
export type ChapterView = z.infer<typeof chapterView>;
