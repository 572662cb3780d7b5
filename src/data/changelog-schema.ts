import * as z from 'zod/mini';
import { isoDate, line, list, slug } from './primitives';

/** Written by `npm run geo` from the Markdown log editors write. */
export const changelogFile = z.object({
  entries: list(
    z.object({
      version: line(20),
      date: isoDate,
      note: z.optional(line(2000)),
      changes: list(
        z.object({
          kind: z.enum(['added', 'corrected', 'checks']),
          text: line(4000),
          records: list(slug, 100),
        }),
        500,
      ),
    }),
    500,
  ),
});

export type Changelog = z.infer<typeof changelogFile>;
