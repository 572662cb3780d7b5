import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays } from '../../src/lib/dates';
import { anIncident } from '../fixtures/incident';

const collection = (features: string[], extra = '') =>
  `{"type":"FeatureCollection"${extra},"features":[${features.join(',')}]}`;
const calm = (id: string, title: string) => JSON.stringify(anIncident(id, { title }));
const MB = 1024 * 1024;

/**
 * The files too big or too odd to commit, written at test time into the served build (never into the repo,
 * never into a production build).
 */
export async function writeGeneratedFixtures(dir: string): Promise<void> {
  // 50 MB, under the 60 MB cap: one feature carries the bulk in a text field; its neighbours must still show.
  const padded = anIncident('padded-summary', { title: 'The padded one' });
  padded.properties.summary = 'A'.repeat(50 * MB);
  await writeFile(
    join(dir, 'huge-50mb.geojson'),
    collection([
      calm('before-padding', 'Before the padding'),
      JSON.stringify(padded),
      calm('after-padding', 'After the padding'),
    ]),
  );

  // Past the cap: refused from its Content-Length, before the browser reads it.
  await writeFile(join(dir, 'over-cap-61mb.geojson'), collection([], `,"padding":"${'x'.repeat(61 * MB)}"`));

  // 100,000 levels of nesting inside one feature's text field, then at the top of a file.
  const depth = 100_000;
  const deep = '['.repeat(depth) + ']'.repeat(depth);
  const deepEvent = calm('deep-summary', 'The deep one').replace('"A short, honest summary."', deep);
  await writeFile(
    join(dir, 'deep-in-feature.geojson'),
    collection([deepEvent, calm('shallow', 'The shallow one')]),
  );
  await writeFile(join(dir, 'deep-top.json'), deep);

  // Odd but valid: 45 and 1,000 bursts 200 days apart (each quiet spell long enough for a break), and the
  // first and last days the schema accepts, the last at 23:00 in New York, so in the year 10000 in UTC.
  for (const count of [45, 1000]) {
    const bursts = Array.from({ length: count }, (_, i) =>
      JSON.stringify(
        anIncident(`burst-${i}`, { title: `Burst ${i + 1}`, date: addDays('2000-01-15', i * 200) }),
      ),
    );
    await writeFile(join(dir, `bursts-${count}.geojson`), collection(bursts));
  }
  await writeFile(
    join(dir, 'far-dates.geojson'),
    collection([
      JSON.stringify(anIncident('first-day', { title: 'On the first day', date: '0001-01-01' })),
      calm('in-the-story', 'In the story'),
      JSON.stringify(
        anIncident('last-day', {
          title: 'On the last day',
          date: '9999-12-31',
          time: '23:00',
          timeZone: 'America/New_York',
        }),
      ),
    ]),
  );

  // One million features: refused with a count, not left to hang the tab.
  await writeFile(
    join(dir, 'million-features.geojson'),
    collection(new Array<string>(1_000_000).fill('{"type":"Feature"}')),
  );
}
