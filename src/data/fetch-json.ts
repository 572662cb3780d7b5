import { DatasetError } from './dataset-problems';

/** Large enough for any honest story dataset; past it the browser would stall before showing anything. */
export const MAX_BYTES = 60 * 1024 * 1024;

/** A server that has not started answering by then is not going to; the reader gets the message and Retry. */
export const ANSWER_TIMEOUT_MS = 15_000;

export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    message: string,
    readonly status?: number,
    /** Waiting again would only repeat the wait: the reader decides with Retry. */
    readonly timedOut = false,
  ) {
    super(message);
  }
}

/** Labels start a sentence ('The incident data'); mid-sentence they read in lower case. */
const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

function statusMessage(status: number, label: string): string {
  if (status === 404) return `${label} was not found on the server (404). Check the link's data= path.`;
  if (status === 400 || status === 414 || status === 431)
    return `The server refused the request for ${lower(label)} (${status}). Check the link's data= path, or open the atlas from its own address.`;
  if (status === 401 || status === 403)
    return `The server does not allow the atlas to read ${lower(label)} (${status}). The file may be private; whoever hosts it can change that.`;
  if (status >= 500) return `The server answered ${status} for ${lower(label)}; try again in a moment.`;
  return `The server answered ${status} for ${lower(label)} instead of the file. Check the link's data= path.`;
}

/** Waits for the response's headers at most ANSWER_TIMEOUT_MS; the caller's own abort still wins. */
async function fetchWithTimeout(url: string, label: string, signal?: AbortSignal): Promise<Response> {
  const controller = new AbortController();
  const forward = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forward, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ANSWER_TIMEOUT_MS);
  try {
    return await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timedOut) {
      throw new FetchError(
        `The server did not answer for ${lower(label)} within ${ANSWER_TIMEOUT_MS / 1000} seconds. Check the connection and try again.`,
        undefined,
        true,
      );
    }
    throw new FetchError(`Could not reach the server for ${lower(label)}. Check the connection and try again.`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

export async function fetchJson(url: string, label: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetchWithTimeout(url, label, signal);
  if (!response.ok) throw new FetchError(statusMessage(response.status, label), response.status);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) {
    throw new DatasetError(`${label} is ${(declared / 1048576).toFixed(0)} MB; the atlas reads files up to 60 MB.`);
  }
  const text = await response.text();
  if (text.length > MAX_BYTES) {
    throw new DatasetError(`${label} is larger than the 60 MB the atlas reads.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // Some engines give up on deeply nested JSON with a RangeError (too much recursion) rather than a SyntaxError.
    if (error instanceof RangeError) {
      throw new DatasetError(`${label} is nested too deeply to read; a dataset is a flat list of features.`);
    }
    const detail = error instanceof Error ? error.message : '';
    throw new DatasetError(`${label} is not valid JSON (${detail.slice(0, 160)}).`);
  }
}
