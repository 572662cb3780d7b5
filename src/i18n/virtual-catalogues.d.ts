declare module 'virtual:atlas-catalogue/*' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}

declare module 'virtual:atlas-catalogues' {
  import type { Messages } from '@lingui/core';
  /** One lazy loader per translated locale (the English source is always loaded). */
  export const loaders: Record<string, () => Promise<{ default: Messages }>>;
}
