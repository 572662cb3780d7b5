import type { Chapter } from '../../data/chapter-schema';
import type { MapHandle } from '../../map/create-map';
import { useAtlasStore } from '../../store/atlas-store';

const PADDING = 40;

export function showChapter(handle: MapHandle, chapter: Chapter): Promise<void> {
  handle.showChapter({
    events: chapter.highlight.events,
    places: chapter.highlight.places,
    layers: chapter.layers,
  });
  const { window: span } = chapter;
  useAtlasStore.getState().setTimeWindow(span ? { start: span.from, end: span.to } : null);
  return handle.controller.showView(chapter.view, PADDING);
}
