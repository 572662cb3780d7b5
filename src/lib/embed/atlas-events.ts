import { PROTOCOL_VERSION } from './host-commands';

/** Version 1 (docs/EMBED.md). `id` is the embed's ?id=, or null. */
export type AtlasEvent =
  | { event: 'ready'; chapters: string[] }
  | { event: 'incident-opened'; incident: string }
  | { event: 'incident-closed' }
  | { event: 'chapter-changed'; chapter: string; index: number }
  | { event: 'height'; height: number };

export type AtlasEventMessage = AtlasEvent & { atlas: typeof PROTOCOL_VERSION; id: string | null };

export const atlasEventMessage = (event: AtlasEvent, id: string | null): AtlasEventMessage => ({
  atlas: PROTOCOL_VERSION,
  id,
  ...event,
});
