import { atlasEventMessage } from './atlas-events';

export interface EmbedIdentity {
  id: string | null;
  childId: string | null;
}

/** pymxPYMx<childId>xPYMx<type>xPYMx<payload> (github.com/nprapps/pym.js). */
export const pymMessage = (childId: string, type: string, payload: string) =>
  ['pym', childId, type, payload].join('xPYMx');

export function readPymMessage(data: unknown, childId: string): { type: string; payload: string } | null {
  if (typeof data !== 'string') return null;
  const parts = data.split('xPYMx');
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return null;
  return { type: parts[2] as string, payload: parts[3] as string };
}

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
