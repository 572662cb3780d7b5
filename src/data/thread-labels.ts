import type { Thread } from './vocabulary';

export const THREAD_LABEL: Record<Thread, string> = {
  'soleimani-2020': 'Soleimani killing, 2019–20',
  'iraq-syria-bases': 'Attacks on US bases, 2023–24',
  'red-sea': 'Red Sea shipping, 2023–24',
  'kerman-2024': 'Kerman bombing, 2024',
  proxies: 'Proxy network',
};
