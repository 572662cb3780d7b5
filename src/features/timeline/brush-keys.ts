import { addDays, addMonths } from '../../lib/dates';

/** The ARIA slider pattern; null for keys the slider does not handle. */
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
