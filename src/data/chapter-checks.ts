import { msg, type MessageId } from '../i18n/catalogue';
import type { Chapter } from './chapter-schema';
import type { DataProblem } from './parse-collection';

export interface KnownRecords {
  events: ReadonlySet<string>;
  places: ReadonlySet<string>;
  actors?: ReadonlySet<string>;
  /** A chapter's time window must sit inside it. */
  storyWindow?: { start: string; end: string };
}

/** What a chapter highlights it must also cite. */
export function checkChapters(chapters: readonly Chapter[], known: KnownRecords): DataProblem[] {
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  chapters.forEach((chapter, index) => {
    const report = (path: string, id: MessageId, values?: Record<string, string>) =>
      problems.push({ index, featureId: chapter.id, path, message: msg(id, { field: path, ...values }) });
    if (seen.has(chapter.id)) report('id', 'dataProblem.chapterIdUsed');
    seen.add(chapter.id);
    const expect = (
      path: string,
      list: readonly string[] | undefined,
      set: ReadonlySet<string> | undefined,
      kind: 'event' | 'place' | 'actor',
    ) => {
      if (!set) return;
      for (const id of list ?? []) if (!set.has(id)) report(path, 'dataProblem.chapterNamesUnknown', { id, kind });
    };
    expect('highlight.events', chapter.highlight.events, known.events, 'event');
    expect('highlight.places', chapter.highlight.places, known.places, 'place');
    expect('sources.events', chapter.sources.events, known.events, 'event');
    expect('sources.places', chapter.sources.places, known.places, 'place');
    expect('sources.actors', chapter.sources.actors, known.actors, 'actor');
    const cited = new Set(chapter.sources.events);
    for (const id of chapter.highlight.events) {
      if (!cited.has(id)) report('sources.events', 'dataProblem.chapterUncited', { id });
    }
    const { window } = chapter;
    if (window && known.storyWindow && (window.from < known.storyWindow.start || window.to > known.storyWindow.end)) {
      report('window', 'dataProblem.chapterOutsideWindow', { from: window.from, to: window.to });
    }
  });
  return problems;
}
