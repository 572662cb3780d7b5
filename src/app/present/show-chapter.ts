import type { Chapter } from '../../data/chapter-schema';
import type { MapHandle } from '../../map/create-map';
import { useAtlasStore } from '../../store/atlas-store';
import { CHAPTER_MOVE } from './chapter-move';

/** `jump`: the view a page opens on is there at once, with no flight (an embed plays nothing by itself). */
export function showChapter(handle: MapHandle, chapter: Chapter, { jump = false } = {}): Promise<void> {
  handle.showChapter({
    events: chapter.highlight.events,
    places: chapter.highlight.places,
    layers: chapter.layers,
  });
  const { window: span } = chapter;
  useAtlasStore.getState().setTimeWindow(span ? { start: span.from, end: span.to } : null);
  const { controller } = handle;
  if (!jump) return controller.showView(chapter.view, CHAPTER_MOVE);
  const { view } = chapter;
  return 'bounds' in view
    ? controller.fitBounds(view.bounds, { padding: CHAPTER_MOVE.padding, duration: 0 })
    : controller.jumpTo(view);
}
