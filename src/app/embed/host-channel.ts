import { readOrigin } from '../../lib/embed/embed-params';

export interface HostChannel {
  origin: () => string | null;
  learn: (origin: string) => void;
  /** Frame messages may go to any host, as pym.js and AMP expect; what the reader did waits for its origin. */
  post: (message: unknown, about: 'frame' | 'reader') => void;
}

interface ChannelOptions {
  parent: Window;
  self: Window;
  pinned?: string;
  ancestor?: string;
}

export function createHostChannel({ parent, self, pinned, ancestor }: ChannelOptions): HostChannel {
  let known = pinned ?? readOrigin(ancestor ?? null);
  const framed = parent !== self;
  return {
    origin: () => known,
    learn(origin) {
      if (!pinned) known = readOrigin(origin) ?? known;
    },
    post(message, about) {
      if (!framed) return;
      const target = known ?? (about === 'frame' ? '*' : null);
      if (target) parent.postMessage(message, target);
    },
  };
}
