import type { Actor } from './place-schema';

/** Countries where state-backed armed groups in the dataset operate: the map's "proxy network" tint. */
export function proxyNetworkCountries(actors: readonly Actor[]): string[] {
  return [...new Set(actors.filter((actor) => actor.backedBy).flatMap((actor) => actor.countries))].sort();
}
