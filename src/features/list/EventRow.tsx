import { memo } from 'react';
import { FAMILY_COLOUR, FAMILY_OF, CATEGORY_LABEL } from '../../data/category-families';
import type { EventFeature } from '../../data/event-schema';
import { formatShortDay } from '../../lib/format-date';
import { EVENT_SHAPES } from '../../ui/shapes';
import { ShapeGlyph } from '../../ui/ShapeGlyph';
import type { EffectiveTheme } from '../../ui/use-effective-theme';

interface EventRowProps {
  event: EventFeature;
  theme: EffectiveTheme;
  hovered: boolean;
  selected: boolean;
  onOpen(id: string): void;
  onHover(id: string | null): void;
}

export const EventRow = memo(function EventRow({
  event,
  theme,
  hovered,
  selected,
  onOpen,
  onHover,
}: EventRowProps) {
  const p = event.properties;
  const family = FAMILY_OF[p.category];
  return (
    <li className="event-row" data-hovered={hovered || undefined} data-selected={selected || undefined}>
      <button
        type="button"
        className="event-row__button"
        data-event-id={event.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(event.id)}
        onMouseEnter={() => onHover(event.id)}
        onMouseLeave={() => onHover(null)}
        onFocus={() => onHover(event.id)}
        onBlur={() => onHover(null)}
      >
        <ShapeGlyph shape={EVENT_SHAPES[family]} colour={FAMILY_COLOUR[family][theme]} />
        <span className="event-row__text">
          <span className="event-row__title">{p.title}</span>
          <span className="event-row__meta">
            <time dateTime={p.date}>{formatShortDay(p.date)}</time> · {p.place} · {CATEGORY_LABEL[p.category]}
          </span>
        </span>
      </button>
    </li>
  );
});
