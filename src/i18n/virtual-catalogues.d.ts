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

declare module 'virtual:atlas-catalogue-section/*' {
  import type { Messages } from '@lingui/core';
  /** A lazily loaded mode's messages: English, and a loader per translated locale. */
  export const section: {
    english: Messages;
    loaders: Record<string, () => Promise<{ default: Messages }>>;
  };
}
