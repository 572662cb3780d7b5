import * as z from 'zod/mini';
import { chapters, chapterView } from './chapter-schema';
import { countryCode, isoDate, line, list, slug } from './primitives';
import { problemId } from './describe-issue';

const bounds = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .check(
    z.refine(
      ([west, south, east, north]) =>
        west < east && south < north && west >= -180 && east <= 180 && south >= -85 && north <= 85,
      problemId('dataProblem.bounds'),
    ),
  );

const preset = z
  .strictObject({ label: line(40), from: isoDate, to: isoDate })
  .check(z.refine(({ from, to }) => from <= to, problemId('dataProblem.fromAfterTo')));

/** docs/DATA.md describes each field. */
export const storyFile = z.strictObject({
  title: line(80),
  dek: line(160),
  mapLabel: line(160),
  intro: z.strictObject({ heading: line(120), paragraphs: list(line(1200), 6, 1) }),
  /** A reader may pan a little beyond it. */
  region: z.strictObject({ bounds }),
  /** When a link names none. */
  camera: chapterView,
  /** Named at every zoom. */
  anchors: z.strictObject({ places: list(slug, 40), countries: list(countryCode, 60) }),
  presets: list(preset, 8),
  credits: line(300),
  chapters,
});

export type Story = z.infer<typeof storyFile>;
export type StoryPreset = Story['presets'][number];
