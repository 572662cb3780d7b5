import { msg, translate, type MessageDescriptor } from '../i18n';
import { DatasetError } from './dataset-problems';

/** Large enough for any honest story dataset; past it the browser would stall before showing anything. */
export const MAX_BYTES = 60 * 1024 * 1024;

/** A server that has not started answering by then is not going to. */
export const ANSWER_TIMEOUT_MS = 15_000;

export type DataFile = 'events' | 'story' | 'places' | 'lanes' | 'actors' | 'corrections' | 'basemap';

export class FetchError extends Error {
  override name = 'FetchError';
  constructor(
    readonly problem: MessageDescriptor,
    readonly status?: number,
    /** Waiting again would only repeat the wait: the reader decides with Retry. */
    readonly timedOut = false,
  ) {
    super(translate(problem));
  }
}

const unusable = (problem: MessageDescriptor) => new DatasetError(translate(problem), problem);

function statusProblem(status: number, file: DataFile): MessageDescriptor {
  if (status === 404) return msg('dataError.notFound', { file });
  if (status === 400 || status === 414 || status === 431) return msg('dataError.refused', { file, status });
  if (status === 401 || status === 403) return msg('dataError.forbidden', { file, status });
  if (status >= 500) return msg('dataError.serverFailed', { file, status });
  return msg('dataError.unexpectedStatus', { file, status });
}

async function fetchWithTimeout(url: string, file: DataFile, signal?: AbortSignal): Promise<Response> {
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
      throw new FetchError(msg('dataError.timedOut', { file, seconds: ANSWER_TIMEOUT_MS / 1000 }), undefined, true);
    }
    throw new FetchError(msg('dataError.unreachable', { file }));
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

export async function fetchJson(url: string, file: DataFile, signal?: AbortSignal): Promise<unknown> {
  const response = await fetchWithTimeout(url, file, signal);
  if (!response.ok) throw new FetchError(statusProblem(response.status, file), response.status);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) {
    throw unusable(msg('dataError.tooLarge', { file, megabytes: Math.round(declared / 1048576), limit: MAX_BYTES / 1048576 }));
  }
  const text = await response.text();
  if (text.length > MAX_BYTES) {
    throw unusable(msg('dataError.tooLong', { file, limit: MAX_BYTES / 1048576 }));
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // Some engines give up on deeply nested JSON with a RangeError rather than a SyntaxError.
    if (error instanceof RangeError) {
      throw unusable(msg('dataError.tooDeep', { file }));
    }
    const detail = error instanceof Error ? error.message : '';
    throw unusable(msg('dataError.notJson', { file, detail: detail.slice(0, 160) }));
  }
}
