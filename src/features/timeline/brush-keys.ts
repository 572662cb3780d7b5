import { addDays, addMonths } from '../../lib/dates';

/**
 * The date a brush handle moves to for a key, following the ARIA slider pattern: arrows by a day, Page Up and
 * Page Down by a month, Home and End to the limits. Null for keys the slider does not handle.
 */
export function dateForKey(key: string, value: string, min: string, max: string): string | null {
  const clamp = (date: string) => (date < min ? min : date > max ? max : date);
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(addDays(value, -1));
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(addDays(value, 1));
    case 'PageUp':
      return clamp(addMonths(value, 1));
    case 'PageDown':
      return clamp(addMonths(value, -1));
    case 'Home':
      return min;
    case 'End':
      return max;
    default:
      return null;
  }
}
