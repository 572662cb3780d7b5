import { useAtlasStore, type AtlasState } from './atlas-store';

/**
 * Calls `apply` each time the selected value changes (not at once), with the value before. A selector that
 * builds a tuple passes zustand's `shallow`, so a new array of the same fields is no change.
 */
export function watch<T>(
  selector: (state: AtlasState) => T,
  apply: (value: T, previous: T) => void,
  equal: (a: T, b: T) => boolean = Object.is,
): () => void {
  return useAtlasStore.subscribe(selector, apply, { equalityFn: equal });
}
