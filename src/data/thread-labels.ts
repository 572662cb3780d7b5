import type { MessageId } from '../i18n/catalogue';
import type { Thread } from './vocabulary';

export const THREAD_LABEL: Record<Thread, MessageId> = {
  'soleimani-2020': 'thread.soleimani-2020',
  'iraq-syria-bases': 'thread.iraq-syria-bases',
  'red-sea': 'thread.red-sea',
  'kerman-2024': 'thread.kerman-2024',
  proxies: 'thread.proxies',
};
