import { useEffect, type RefObject } from 'react';
import { readPymMessage, sizingMessages, type EmbedIdentity } from '../../lib/embed/sizing-messages';
import type { HostChannel } from './host-channel';

/** The shell's own height, never the frame's, so a host resizing the frame cannot loop. */
export function useHeightReporter(
  ref: RefObject<HTMLElement | null>,
  channel: HostChannel,
  identity: EmbedIdentity,
): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let last = 0;
    const report = (force = false) => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (!height || (height === last && !force)) return;
      last = height;
      for (const message of sizingMessages(height, identity)) channel.post(message, 'frame');
    };
    const observer = new ResizeObserver(() => report());
    observer.observe(element);
    // A pym.js Parent sends the width it gave us and waits for a height back.
    const onMessage = (event: MessageEvent) => {
      if (!identity.childId || event.source !== window.parent) return;
      if (readPymMessage(event.data, identity.childId)?.type === 'width') report(true);
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [ref, channel, identity]);
}
