import type { ThemePreference } from './view-slice';

const KEY = 'flashpoint-atlas.theme';
const CHOICES: readonly string[] = ['system', 'light', 'dark'];

/**
 * Storage may be missing, full or forbidden (private windows, sandboxed frames): then the atlas forgets,
 * never fails.
 */
export function rememberedTheme(): ThemePreference | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return value !== null && CHOICES.includes(value) ? (value as ThemePreference) : null;
  } catch {
    return null;
  }
}

export function rememberTheme(preference: ThemePreference): void {
  try {
    window.localStorage.setItem(KEY, preference);
  } catch {
    // Forgetting the choice is the only consequence.
  }
}
