// @vitest-environment node
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChangelog } from '../../scripts/geo/changelog';

const root = path.resolve(import.meta.dirname, '../..');

describe('the corrections log', () => {
  it('reads versions, kinds of change and the records each names from the Markdown editors write', () => {
    const markdown = [
      '## 1.1.0 — 2026-11-27',
      '',
      'Two events.',
      '',
      '### Added',
      '',
      '- `new-one`: a new record.',
      '',
      '### Corrected',
      '',
      '- `old-one` and `a-place`: the time was wrong',
      '  and is now right; `not-a-record` stays text.',
      '',
      '## 1.0.0 — 2026-11-25',
    ].join('\n');
    expect(parseChangelog(markdown, new Set(['new-one', 'old-one', 'a-place']))).toEqual([
      {
        version: '1.1.0',
        date: '2026-11-27',
        note: 'Two events.',
        changes: [
          { kind: 'added', text: 'new-one: a new record.', records: ['new-one'] },
          {
            kind: 'corrected',
            text: 'old-one and a-place: the time was wrong and is now right; not-a-record stays text.',
            records: ['old-one', 'a-place'],
          },
        ],
      },
      { version: '1.0.0', date: '2026-11-25', changes: [] },
    ]);
  });

  it('is published in step with the Markdown (npm run geo -- story rebuilds both)', async () => {
    const read = (file: string) => readFile(path.join(root, 'public/geo', file), 'utf8');
    const ids = new Set(
      [
        ...(JSON.parse(await read('events.geojson')) as { features: { id: string }[] }).features,
        ...(JSON.parse(await read('places.geojson')) as { features: { id: string }[] }).features,
      ].map((feature) => feature.id),
    );
    const published = JSON.parse(await read('changelog.json')) as { entries: unknown };
    expect(published.entries).toEqual(parseChangelog(await read('CHANGELOG.md'), ids));
  });
});
