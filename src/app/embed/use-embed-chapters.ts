import { useEffect, useMemo, useRef } from 'react';
import type { Chapter } from '../../data/chapter-schema';
import type { MapHandle } from '../../map/create-map';
import { useAtlasStore } from '../../store/atlas-store';
import { showChapter } from '../present/show-chapter';
import type { ChapterControl } from './use-control-api';

const NO_HIGHLIGHT = { events: [], places: [], layers: null } as const;

export interface EmbedChapters extends ChapterControl {
  chapter: Chapter | undefined;
  /** The link's chapter= names none of the story's. */
  unknownInLink: boolean;
}

interface Opening {
  chapter?: string;
  stepper?: boolean;
}

export function useEmbedChapters(
  chapters: readonly Chapter[] | undefined,
  handle: MapHandle | null,
  opening: Opening,
): EmbedChapters {
  const step = useAtlasStore((state) => state.step);
  const ids = useMemo(() => chapters?.map((chapter) => chapter.id) ?? null, [chapters]);
  const found = ids && opening.chapter ? ids.indexOf(opening.chapter) : -1;
  const unknownInLink = Boolean(ids && opening.chapter && found < 0);

  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !ids?.length) return;
    opened.current = true;
    if (found >= 0) useAtlasStore.getState().goToChapter(found + 1);
    else if (opening.stepper || opening.chapter) useAtlasStore.getState().goToChapter(1);
  }, [ids, found, opening.stepper, opening.chapter]);

  const chapter = step !== null ? chapters?.[step - 1] : undefined;
  // The list and a map without WebGL follow the chapter's window too, with or without a live map.
  useEffect(() => {
    if (!chapter) return;
    const { window: span } = chapter;
    useAtlasStore.getState().takeWindow(span ? { start: span.from, end: span.to } : null);
  }, [chapter]);

  const shown = useRef<{ handle: MapHandle; chapter: Chapter | null } | null>(null);
  useEffect(() => {
    if (!handle) return;
    // The first chapter a map shows is where the embed opens: there at once, not flown to.
    const jump = shown.current?.handle !== handle;
    if (chapter) void showChapter(handle, chapter, { jump });
    else if (shown.current?.chapter) handle.showChapter(NO_HIGHLIGHT);
    shown.current = { handle, chapter: chapter ?? null };
  }, [handle, chapter]);

  return {
    ids,
    current: chapter && step !== null ? step - 1 : -1,
    goTo: (index) => useAtlasStore.getState().goToChapter(index + 1),
    chapter,
    unknownInLink,
  };
}
