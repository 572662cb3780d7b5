import { describe, expect, it } from 'vitest';
import { openAtlas } from './driver';

describe('a reader checking what the atlas has corrected', () => {
  it('lists each correction with its date and record, opens the record, and the record says when it was corrected', async () => {
    const atlas = await openAtlas();
    const corrections = await atlas.readCorrections();
    expect(corrections.length).toBeGreaterThan(10);
    const centralPark = corrections.find((correction) =>
      correction.records.some((title) => /Central Park/.test(title)),
    );
    expect(centralPark).toMatchObject({
      date: '2026-12-01',
      text: expect.stringContaining('distress call') as string,
    });

    const title = centralPark!.records.find((record) => /Central Park/.test(record))!;
    await atlas.openCorrectedRecord(title);
    await expect.poll(() => atlas.detailText()).toMatch(/Corrected on[^.]*1 Dec 2026/);
    expect(atlas.url().searchParams.get('event')).toBe('central-park-seizure-attempt-2023');
  });
});
