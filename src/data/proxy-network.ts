import type { Actor } from './place-schema';

export function proxyNetworkCountries(actors: readonly Actor[]): string[] {
  return [...new Set(actors.filter((actor) => actor.backedBy).flatMap((actor) => actor.countries))].sort();
}
