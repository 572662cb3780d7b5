import type { Map as MapLibreMap } from 'maplibre-gl';
import { CATEGORY_LABEL } from '../../data/category-families';
import type { EventFeature } from '../../data/event-schema';
import { t } from '../../i18n';
import { formatDayRange, formatEventMoment } from '../../i18n/format';
import { useAtlasStore, type AtlasState } from '../../store/atlas-store';
import './hover-label.css';

/** Clear of the largest symbol and its hover ring. */
const GAP = 18;
const EDGE = 6;

/** Plain DOM, never React; a touch tap shows none (the open incident's panel says it all). */
export function bindHoverLabel(
  map: MapLibreMap,
  eventOf: (id: string) => EventFeature | undefined,
): () => void {
  const label = document.createElement('div');
  label.className = 'hover-label';
  label.hidden = true;
  // The stop's accessible name and the list already say this; the label is for eyes.
  label.setAttribute('aria-hidden', 'true');
  const [title, when, kind] = ['hover-label__title', 'hover-label__when', 'hover-label__kind'].map((name) => {
    const line = document.createElement('span');
    line.className = name;
    return line;
  }) as [HTMLSpanElement, HTMLSpanElement, HTMLSpanElement];
  title.dir = 'auto';
  label.append(title, when, kind);
  const container = map.getContainer();
  container.append(label);

  let at: [number, number] | null = null;
  let dismissed: string | null = null;
  let pointer = 'mouse';

  const place = () => {
    if (!at || label.hidden) return;
    const { x, y } = map.project(at);
    const { width, height } = container.getBoundingClientRect();
    const box = label.getBoundingClientRect();
    const left = Math.min(Math.max(EDGE, x - box.width / 2), width - box.width - EDGE);
    const above = y - GAP - box.height;
    const top = above >= EDGE ? above : Math.min(y + GAP, height - box.height - EDGE);
    label.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  };
  const hide = () => {
    label.hidden = true;
    at = null;
  };
  const show = (state: AtlasState) => {
    const id = state.hoverOrigin === 'map' ? state.hoveredId : null;
    const event = id && id !== dismissed ? eventOf(id) : undefined;
    const byKeyboard = document.activeElement?.classList.contains('map-keys__stop') ?? false;
    if (!event?.geometry || (pointer === 'touch' && !byKeyboard)) return hide();
    const p = event.properties;
    title.textContent = p.title;
    when.textContent = p.endDate ? formatDayRange(p.date, p.endDate) : formatEventMoment(p, 'local');
    kind.textContent = t(CATEGORY_LABEL[p.category]);
    at = [event.geometry.coordinates[0], event.geometry.coordinates[1]];
    label.hidden = false;
    place();
  };

  const unsubscribe = useAtlasStore.subscribe((state, previous) => {
    if (state.hoveredId === previous.hoveredId && state.hoverOrigin === previous.hoverOrigin) return;
    if (state.hoveredId !== dismissed) dismissed = null;
    show(state);
  });
  const notePointer = (event: PointerEvent) => void (pointer = event.pointerType);
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || label.hidden) return;
    dismissed = useAtlasStore.getState().hoveredId;
    hide();
  };
  container.addEventListener('pointerdown', notePointer, true);
  container.addEventListener('pointermove', notePointer, true);
  document.addEventListener('keydown', onKey);
  map.on('move', place);
  return () => {
    unsubscribe();
    container.removeEventListener('pointerdown', notePointer, true);
    container.removeEventListener('pointermove', notePointer, true);
    document.removeEventListener('keydown', onKey);
    map.off('move', place);
    label.remove();
  };
}
