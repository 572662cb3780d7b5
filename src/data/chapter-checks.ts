import type { Chapter } from './chapter-schema';
import type { DataProblem } from './parse-collection';

export interface KnownRecords {
  events: ReadonlySet<string>;
  places: ReadonlySet<string>;
  actors?: ReadonlySet<string>;
  /** The dataset's story window: a chapter's time window must sit inside it. */
  storyWindow?: { start: string; end: string };
}

/** Checks that need the dataset: every id a chapter names exists, and what it highlights it also cites. */
export function checkChapters(chapters: readonly Chapter[], known: KnownRecords): DataProblem[] {
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  chapters.forEach((chapter, index) => {
    const report = (path: string, message: string) => problems.push({ index, featureId: chapter.id, path, message });
    if (seen.has(chapter.id)) report('id', 'is used by an earlier chapter');
    seen.add(chapter.id);
    const expect = (path: string, list: readonly string[] | undefined, set: ReadonlySet<string> | undefined, kind: string) => {
      if (!set) return;
      for (const id of list ?? []) if (!set.has(id)) report(path, `names "${id}", which is not ${kind} in this dataset`);
    };
    expect('highlight.events', chapter.highlight.events, known.events, 'an incident');
    expect('highlight.places', chapter.highlight.places, known.places, 'a place');
    expect('sources.events', chapter.sources.events, known.events, 'an incident');
    expect('sources.places', chapter.sources.places, known.places, 'a place');
    expect('sources.actors', chapter.sources.actors, known.actors, 'an actor');
    const cited = new Set(chapter.sources.events);
    for (const id of chapter.highlight.events) {
      if (!cited.has(id)) report('sources.events', `does not cite "${id}", which the chapter highlights`);
    }
    const { window } = chapter;
    if (window && known.storyWindow && (window.from < known.storyWindow.start || window.to > known.storyWindow.end)) {
      report('window', `${window.from} to ${window.to} is outside the story's window`);
    }
  });
  return problems;
}
