import { describe, expect, it } from 'vitest';
import { openAtlas, type Answer, type Atlas } from './driver';

/** The events file answers 500 this many times, then the real file; records when each request came. */
function failEventsFirst(times: number) {
  const asked: number[] = [];
  let failuresLeft = times;
  const answer = [
    {
      url: '**/geo/events.geojson',
      answer: (): Answer => {
        asked.push(Date.now());
        return failuresLeft-- > 0 ? { status: 500, body: 'Internal Server Error' } : undefined;
      },
    },
  ];
  return { asked, answer, succeedFromNowOn: () => (failuresLeft = 0) };
}

/** Chromium reports every failed request in the console; those, and only those, are expected here. */
const unexpectedErrors = (atlas: Atlas) =>
  atlas.consoleErrors.filter(
    (text) => !/status of (500 \(Internal Server Error\)|404 \(Not Found\))/.test(text),
  );

describe('when the incident data fails to load', () => {
  it('retries on its own, with a pause, and the reader just sees the incidents', async () => {
    const server = failEventsFirst(1);
    const atlas = await openAtlas({ answer: server.answer });
    await atlas.waitForList();
    expect(server.asked).toHaveLength(2);
    expect(server.asked[1]! - server.asked[0]!).toBeGreaterThanOrEqual(400);
    expect(await atlas.alertCount()).toBe(0);
    expect(unexpectedErrors(atlas)).toEqual([]);
  });

  it('after repeated failures says so plainly, and its Retry button brings the incidents back', async () => {
    const server = failEventsFirst(Infinity);
    const atlas = await openAtlas({ answer: server.answer });
    expect(await atlas.alertText()).toContain(
      'The incidents could not be loaded. The server answered 500 for the incident data; try again in a moment.',
    );
    // Backoff: the first try and three retries, each pause longer than the one before.
    expect(server.asked).toHaveLength(4);
    const pauses = server.asked.slice(1).map((time, index) => time - server.asked[index]!);
    expect(pauses[2]!).toBeGreaterThan(pauses[0]!);
    await atlas.screenshot('data-500');

    server.succeedFromNowOn();
    await atlas.retry();
    await atlas.waitForList();
    expect(await atlas.alertCount()).toBe(0);
    expect(unexpectedErrors(atlas)).toEqual([]);
  });

  it('says at once, without retrying, when the dataset a link names is not there', async () => {
    const atlas = await openAtlas({ path: '?data=newsroom/missing.geojson' });
    expect(await atlas.alertText()).toContain(
      "The incident data was not found on the server (404). Check the link's data= path.",
    );
    expect(atlas.requests.filter((url) => url.endsWith('/newsroom/missing.geojson'))).toHaveLength(1);
    expect(unexpectedErrors(atlas)).toEqual([]);
  });

  it('explains the failure in the panel when the link also names an incident, and Retry opens it', async () => {
    const server = failEventsFirst(Infinity);
    const atlas = await openAtlas({ path: '?event=kerman-twin-blasts-2024', answer: server.answer });
    expect(await atlas.alertText()).toContain('The incidents could not be loaded.');
    expect(await atlas.panelSays(/will open here once the incidents have loaded/)).toContain(
      'Show all incidents',
    );

    server.succeedFromNowOn();
    await atlas.retry();
    await atlas.expectDetailShows(/Twin bombings at the Soleimani memorial/);
    expect(unexpectedErrors(atlas)).toEqual([]);
  });

  it('says so when the incident a link names is not in the dataset', async () => {
    const atlas = await openAtlas({ path: '?event=no-such-incident' });
    expect(await atlas.panelSays(/not in the dataset/)).toContain('Show all incidents');
    expect(unexpectedErrors(atlas)).toEqual([]);
  });

  it('tells the reader that a data file on another site was not loaded, and shows its own incidents', async () => {
    const atlas = await openAtlas({ path: '?data=https://elsewhere.example/incidents.geojson' });
    expect(await atlas.refusedDataNotice()).toContain('another site (elsewhere.example)');
    await atlas.waitForList();
    expect(atlas.requests.filter((url) => new URL(url).host === 'elsewhere.example')).toEqual([]);
    expect(unexpectedErrors(atlas)).toEqual([]);
  });
});
