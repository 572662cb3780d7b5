export type PresenterNote = { type: 'step'; step: number } | { type: 'hello' } | { type: 'goodbye' };
export type PresenterMessage = PresenterNote & { from: string };

const CHANNEL = 'flashpoint-atlas-presenter';

export const presenterChannelSupported = (): boolean => typeof BroadcastChannel === 'function';

function isMessage(data: unknown): data is PresenterMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (typeof message.from !== 'string') return false;
  if (message.type === 'step') return Number.isInteger(message.step) && (message.step as number) >= 1;
  return message.type === 'hello' || message.type === 'goodbye';
}

export interface PresenterLink {
  send: (message: PresenterNote) => void;
  close: () => void;
}

export function openPresenterLink(onMessage: (message: PresenterMessage) => void): PresenterLink | null {
  if (!presenterChannelSupported()) return null;
  const me = Math.random().toString(36).slice(2);
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isMessage(event.data) && event.data.from !== me) onMessage(event.data);
  };
  return {
    send: (message) => channel.postMessage({ ...message, from: me }),
    close: () => {
      channel.postMessage({ type: 'goodbye', from: me });
      channel.close();
    },
  };
}
