import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { vi } from 'vitest';

type Override = (url: URL) => Response | Promise<Response>;

/**
 * Answers the app's fetches from public/, the way the static server would, so component tests load the real
 * bundled dataset. Overrides stand in for broken servers and hostile files.
 */
export function servePublicFolder(overrides: Record<string, Override> = {}) {
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(
      typeof input === 'string' || input instanceof URL ? input : input.url,
      document.baseURI,
    );
    const override = overrides[url.pathname];
    if (override) return override(url);
    try {
      return new Response(await readFile(join('public', decodeURIComponent(url.pathname))), { status: 200 });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
