import { afterEach, describe, expect, it, vi } from 'vitest';
import { shouldRetry } from '../../src/app/providers';
import { msg } from '../../src/i18n';
import { DatasetError } from '../../src/data/dataset-problems';
import { ANSWER_TIMEOUT_MS, FetchError, fetchJson } from '../../src/data/fetch-json';

const answer = (body: string, init: ResponseInit = {}) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(body, init))),
  );

describe('when the data cannot be read', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('retries a server error or a dropped connection up to three times', () => {
    expect(
      shouldRetry(0, new FetchError(msg('dataError.serverFailed', { file: 'events', status: 500 }), 500)),
    ).toBe(true);
    expect(shouldRetry(2, new FetchError(msg('dataError.unreachable', { file: 'events' })))).toBe(true);
    expect(
      shouldRetry(3, new FetchError(msg('dataError.serverFailed', { file: 'events', status: 503 }), 503)),
    ).toBe(false);
  });

  it('does not retry what retrying cannot fix: a broken file, or one that is not there', () => {
    expect(shouldRetry(0, new DatasetError('not valid JSON'))).toBe(false);
    expect(shouldRetry(0, new FetchError(msg('dataError.notFound', { file: 'events' }), 404))).toBe(false);
    expect(
      shouldRetry(0, new FetchError(msg('dataError.serverFailed', { file: 'events', status: 429 }), 429)),
    ).toBe(true);
  });

  it('says so plainly when a file is nested too deeply for the JSON parser', async () => {
    answer('[[[]]]');
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    await expect(fetchJson('https://atlas.example/deep.json', 'events')).rejects.toThrow(
      'The incident data is nested too deeply to read',
    );
  });

  it('names the size of a file past the 60 MB cap without reading it', async () => {
    answer('{}', { headers: { 'content-length': String(61 * 1024 * 1024) } });
    await expect(fetchJson('https://atlas.example/big.json', 'events')).rejects.toThrow(
      'The incident data is 61 MB; the atlas reads files up to 60 MB.',
    );
  });

  it('points at the link when the named dataset is not there', async () => {
    answer('Not found', { status: 404 });
    await expect(fetchJson('https://atlas.example/ours.geojson', 'events')).rejects.toThrow(
      "The incident data was not found on the server (404). Check the link's data= path.",
    );
  });

  it('names the status a failing server answered', async () => {
    answer('oops', { status: 500 });
    await expect(fetchJson('https://atlas.example/events.json', 'events')).rejects.toMatchObject({
      status: 500,
      message: 'The server answered 500 for the incident data; try again in a moment.',
    });
  });

  it('explains a refused request in words a reader can act on, not "try again in a moment"', async () => {
    answer('Forbidden', { status: 403 });
    await expect(fetchJson('https://atlas.example/ours.geojson', 'events')).rejects.toThrow(
      'The server does not allow the atlas to read the incident data (403). The file may be private; whoever hosts it can change that.',
    );
    answer('Bad request', { status: 400 });
    await expect(fetchJson('https://atlas.example/ours.geojson', 'events')).rejects.toThrow(
      "The server refused the request for the incident data (400). Check the link's data= path, or open the atlas from its own address.",
    );
  });

  it('says the connection failed, never the browser\'s "Failed to fetch"', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(fetchJson('https://atlas.example/events.json', 'events')).rejects.toThrow(
      'Could not reach the server for the incident data. Check the connection and try again.',
    );
  });

  it('stops waiting for a server that never answers, and leaves the next try to the reader', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) =>
            init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      ),
    );
    const loading = fetchJson('https://atlas.example/events.json', 'events');
    const settled = expect(loading).rejects.toMatchObject({
      timedOut: true,
      message: `The server did not answer for the incident data within ${ANSWER_TIMEOUT_MS / 1000} seconds. Check the connection and try again.`,
    });
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS);
    await settled;
    vi.useRealTimers();
    expect(shouldRetry(0, (await loading.catch((error: unknown) => error)) as Error)).toBe(false);
  });
});
