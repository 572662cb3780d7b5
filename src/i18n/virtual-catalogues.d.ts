declare module 'virtual:atlas-catalogue/*' {
  import type { Messages } from '@lingui/core';
  const messages: Messages;
  export default messages;
}

declare module 'virtual:atlas-catalogues' {
  import type { Messages } from '@lingui/core';
  export const loaders: Record<string, () => Promise<{ default: Messages }>>;
}

declare module 'virtual:atlas-catalogue-section/*' {
  import type { Messages } from '@lingui/core';
  export const section: {
    english: Messages;
    loaders: Record<string, () => Promise<{ default: Messages }>>;
  };
}
