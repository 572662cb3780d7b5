import type { Chapter } from '../../data/chapter-schema';
import type { EventFeature } from '../../data/event-schema';

export interface HandoutSource {
  id: string;
  title: string;
  /** Or the chapter (1-based) whose page already lists them. */
  urls: readonly string[];
  listedIn: number | null;
}

/** An incident already listed points back to its page, so every chapter still fits its own page. */
export function handoutSources(
  chapters: readonly Chapter[],
  byId: ReadonlyMap<string, EventFeature>,
): HandoutSource[][] {
  const firstListed = new Map<string, number>();
  return chapters.map((chapter, index) =>
    chapter.sources.events.flatMap((id): HandoutSource[] => {
      const event = byId.get(id);
      if (!event) return [];
      const earlier = firstListed.get(id);
      if (earlier === undefined) firstListed.set(id, index + 1);
      return [
        {
          id,
          title: event.properties.title,
          urls:
            earlier === undefined ? [...new Set(event.properties.sources.map((source) => source.url))] : [],
          listedIn: earlier ?? null,
        },
      ];
    }),
  );
}
