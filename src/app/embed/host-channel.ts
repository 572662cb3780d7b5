import { readOrigin } from '../../lib/embed/embed-params';

export interface HostChannel {
  /** The host's origin once known: pinned by ?host=, told by the browser, or learnt from the host's first command. */
  origin(): string | null;
  learn(origin: string): void;
  /**
   * Posts to the host. What says nothing about the reader (ready, height) may go to any host before its origin is
   * known, as pym.js and AMP expect; what the reader did waits until we know whom we are telling.
   */
  post(message: unknown, about: 'frame' | 'reader'): void;
}

interface ChannelOptions {
  parent: Window;
  self: Window;
  pinned?: string;
  /** location.ancestorOrigins[0] where the browser has it (Chromium, Safari). */
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
