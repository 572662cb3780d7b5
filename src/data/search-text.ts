import type { DatasetIndex } from './dataset-index';
import type { Actor } from './place-schema';

/**
 * "kataib" finds "Kata'ib", "golzar" finds "Golzār"; format characters (Unicode Cf) that PDFs and CMSs carry
 * unseen are ignored.
 */
export function normalizeForSearch(text: string): string {
  return text
    .replace(/\p{Cf}/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼ`‘-]/g, '')
    .toLowerCase();
}

/** An actor the list does not know is searched by its id. */
function actorText(actors: readonly Actor[]): (id: string) => string {
  const known = new Map(
    actors.map((actor) => [actor.id, normalizeForSearch([actor.name, ...(actor.aliases ?? [])].join(' '))]),
  );
  return (id) => known.get(id) ?? normalizeForSearch(id);
}

/** One flag per event of the index (1: every word found); null when the query has no words. */
export function matchSearch(index: DatasetIndex, actors: readonly Actor[], query: string): Uint8Array | null {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const texts = index.searchText();
  const textOf = actorText(actors);
  const matches = new Uint8Array(texts.length);
  texts.forEach((text, i) => {
    const named = index.events[i]!.properties.actors;
    const found = (word: string) => text.includes(word) || !!named?.some((id) => textOf(id).includes(word));
    if (words.every(found)) matches[i] = 1;
  });
  return matches;
}

export function matchingIds(index: DatasetIndex, actors: readonly Actor[], query: string): string[] | null {
  const matches = matchSearch(index, actors, query);
  return matches && index.events.filter((_, i) => matches[i]).map((event) => event.id);
}
