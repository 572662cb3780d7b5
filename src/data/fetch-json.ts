import { DatasetError } from './dataset-problems';

/** Large enough for any honest story dataset; past it the browser would stall before showing anything. */
export const MAX_BYTES = 60 * 1024 * 1024;

export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Labels start a sentence ('The incident data'); mid-sentence they read in lower case. */
const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

export async function fetchJson(url: string, label: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchError(`Could not reach the server for ${lower(label)}. Check the connection and try again.`);
  }
  if (!response.ok) {
    const message =
      response.status === 404
        ? `${label} was not found on the server (404). Check the link's data= path.`
        : `The server answered ${response.status} for ${lower(label)}; try again in a moment.`;
    throw new FetchError(message, response.status);
  }
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
