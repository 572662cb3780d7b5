import { useSyncExternalStore } from 'react';
import { useAtlasStore } from './atlas-store';
import { selectThemePreference } from './selectors';

export type EffectiveTheme = 'light' | 'dark';

const darkQuery = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia?.(darkQuery);
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

const systemPrefersDark = () => window.matchMedia?.(darkQuery).matches ?? false;

export function useEffectiveTheme(): EffectiveTheme {
  const preference = useAtlasStore(selectThemePreference);
  const prefersDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  if (preference === 'system') return prefersDark ? 'dark' : 'light';
  return preference;
}
