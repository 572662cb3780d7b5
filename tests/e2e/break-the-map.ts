import type { Rule } from './driver';

/** Serves MapLibre's worker with another Content-Type, as many static hosts do for .mjs files. */
export function serveWorkerAs(contentType: string): Rule[] {
  return [{ url: /\/maplibre-gl-worker[^/]*\.mjs$/, answer: () => ({ servedAs: contentType }) }];
}

/** The map's code answers 500 until `succeedFromNowOn()`, then the real file. */
export function failMapChunk() {
  let failing = true;
  const answer: Rule[] = [
    {
      url: /\/create-map-[^/]*\.js$/,
      answer: () => (failing ? { status: 500, body: 'Internal Server Error' } : undefined),
    },
  ];
  return { answer, succeedFromNowOn: () => void (failing = false) };
}
