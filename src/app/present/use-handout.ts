import { useEffect, useRef, useState } from 'react';
import type { Chapter } from '../../data/chapter-schema';
import { t } from '../../i18n';
import type { MapHandle } from '../../map/create-map';
import { showChapter } from './show-chapter';

export interface HandoutState {
  /** Undefined where the map could not take one (the handout draws a sketch). */
  pictures: readonly (string | undefined)[] | null;
  progress: { done: number; count: number } | null;
  print: () => void;
}

/** About the shape of the handout's map box on an A4 or Letter page. */
const PICTURE = { width: 1200, height: 680 };

export function useHandout(handle: MapHandle | null, chapters: readonly Chapter[]): HandoutState {
  const [pictures, setPictures] = useState<(string | undefined)[] | null>(null);
  const [progress, setProgress] = useState<HandoutState['progress']>(null);
  const busy = useRef(false);

  const print = async () => {
    if (busy.current) return;
    busy.current = true;
    const count = chapters.length;
    const taken: (string | undefined)[] = [];
    const release = handle?.controller.holdSize(PICTURE.width, PICTURE.height);
    for (const [index, chapter] of chapters.entries()) {
      setProgress({ done: index, count });
      if (!handle) {
        taken.push(undefined);
        continue;
      }
      await showChapter(handle, chapter);
      const stamp = t('handout.chapterOf', { step: index + 1, count });
      taken.push(
        await handle.controller.snapshot(stamp).then(
          (blob) => URL.createObjectURL(blob),
          () => undefined,
        ),
      );
    }
    release?.();
    busy.current = false;
    setProgress(null);
    setPictures(taken);
  };

  useEffect(() => {
    if (!pictures) return;
    const images = [...document.querySelectorAll<HTMLImageElement>('.handout img')];
    void Promise.all(images.map((image) => image.decode().catch(() => undefined))).then(() => {
      document.querySelector('.handout')?.setAttribute('data-ready', 'true');
      window.print();
    });
    return () => pictures.forEach((url) => url && URL.revokeObjectURL(url));
  }, [pictures]);

  return { pictures, progress, print: () => void print() };
}
