import { useEffect } from 'react';
import { readEmbedMessage, type EmbedMessage } from '../lib/embed-messages';
import { useAtlasStore } from '../store/atlas-store';

function handle(message: EmbedMessage): void {
  const store = useAtlasStore.getState();
  if (message.type === 'flashpoint:select') {
    store.select(message.id);
    store.requestCamera({ eventId: message.id });
    return;
  }
  store.select(null);
  store.resetFilters();
  store.setTimeWindow(null);
  store.requestCamera({ reset: true });
}

/** Lets the page that embeds the atlas drive it through postMessage; listens only in embed mode. */
export function useEmbedMessages(): void {
  const embedded = useAtlasStore((state) => state.mode === 'embed');
  useEffect(() => {
    if (!embedded) return;
    const onMessage = (event: MessageEvent) => {
      const message = readEmbedMessage(event, {
        parent: window.parent,
        self: window,
        hostOrigin: window.location.ancestorOrigins?.[0],
      });
      if (message) handle(message);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [embedded]);
}
