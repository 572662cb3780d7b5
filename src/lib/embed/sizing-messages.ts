import { atlasEventMessage } from './atlas-events';

/** Who the embed is to its host: its own ?id=, and pym.js's childId when a pym.js Parent framed it. */
export interface EmbedIdentity {
  id: string | null;
  childId: string | null;
}

/** pym.js's wire format: pymxPYMx<childId>xPYMx<type>xPYMx<payload> (github.com/nprapps/pym.js). */
export const pymMessage = (childId: string, type: string, payload: string) =>
  ['pym', childId, type, payload].join('xPYMx');

/** Reads a pym.js Parent's message to this child; null when it is not one. */
export function readPymMessage(data: unknown, childId: string): { type: string; payload: string } | null {
  if (typeof data !== 'string') return null;
  const parts = data.split('xPYMx');
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return null;
  return { type: parts[2] as string, payload: parts[3] as string };
}

/**
 * The content height in every dialect hosts already listen for: pym.js (only when a pym Parent framed us),
 * AMP's amp-iframe, Datawrapper's embed script, and the atlas's own event (which embed.js reads).
 */
export function sizingMessages(height: number, identity: EmbedIdentity): unknown[] {
  const px = Math.ceil(height);
  const messages: unknown[] = [
    atlasEventMessage({ event: 'height', height: px }, identity.id),
    { sentinel: 'amp', type: 'embed-size', height: px },
    { 'datawrapper-height': { [identity.id ?? identity.childId ?? 'flashpoint-atlas']: px } },
  ];
  if (identity.childId) messages.push(pymMessage(identity.childId, 'height', String(px)));
  return messages;
}
