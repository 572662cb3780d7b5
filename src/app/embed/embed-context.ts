import { parseEmbedParams, type EmbedParams } from '../../lib/embed/embed-params';
import type { EmbedIdentity } from '../../lib/embed/sizing-messages';
import { createHostChannel, type HostChannel } from './host-channel';

export interface EmbedContext {
  params: EmbedParams;
  identity: EmbedIdentity;
  channel: HostChannel;
}

let context: EmbedContext | undefined;

/** Read once per page: the embed's link parameters never change while it runs (it writes no history). */
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

/** Tests open many embeds in one page. */
export function forgetEmbedContext(): void {
  context = undefined;
}
