import { parseEmbedParams, type EmbedParams } from '../../lib/embed/embed-params';
import type { EmbedIdentity } from '../../lib/embed/sizing-messages';
import { createHostChannel, type HostChannel } from './host-channel';

export interface EmbedContext {
  params: EmbedParams;
  identity: EmbedIdentity;
  channel: HostChannel;
}

let context: EmbedContext | undefined;

/** Read once: an embed writes no history, so its link parameters never change. */
export function embedContext(): EmbedContext {
  if (context) return context;
  const params = parseEmbedParams(window.location.search);
  context = {
    params,
    identity: { id: params.id ?? null, childId: params.childId ?? null },
    channel: createHostChannel({
      parent: window.parent,
      self: window,
      pinned: params.host,
      ancestor: window.location.ancestorOrigins?.[0],
    }),
  };
  return context;
}

export function forgetEmbedContext(): void {
  context = undefined;
}
