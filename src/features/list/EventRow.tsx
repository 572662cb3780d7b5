import { memo } from 'react';
import { FAMILY_COLOUR, FAMILY_OF, CATEGORY_LABEL } from '../../data/category-families';
import type { EventFeature } from '../../data/event-schema';
import { displayDate, type TimeDisplay } from '../../lib/event-time';
import { Msg, t, useT } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { toUtc } from '../../lib/format-date';
import { CONTEXT_RING, CROWD_DOT, EVENT_SHAPES } from '../../data/symbol-shapes';
import { ShapeGlyph } from '../../ui/ShapeGlyph';
import type { EffectiveTheme } from '../../store/use-effective-theme';

interface EventRowProps {
  event: EventFeature;
  theme: EffectiveTheme;
  timeDisplay: TimeDisplay;
  dots: boolean;
  hovered: boolean;
  selected: boolean;
  onOpen: (id: string) => void;
  onHover: (id: string | null) => void;
}

export const EventRow = memo(function EventRow({
  event,
  theme,
  timeDisplay,
  dots,
  hovered,
  selected,
  onOpen,
  onHover,
}: EventRowProps) {
  const translate = useT();
  const p = event.properties;
  const family = FAMILY_OF[p.category];
  const context = p.kind === 'context';
  const shape = context ? CONTEXT_RING : dots ? CROWD_DOT : EVENT_SHAPES[family];
  const colour = context ? 'currentColor' : FAMILY_COLOUR[family][theme];
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
        <ShapeGlyph shape={shape} colour={colour} />
        <span className="event-row__text">
          <span className="event-row__title" data-content="" dir="auto">
            {p.title}
          </span>
          <span className="event-row__meta">
            <Msg
              id="list.rowMeta"
              values={{
                date: <RowDate event={p} timeDisplay={timeDisplay} />,
                place:
                  p.precision === 'none' ? (
                    <Msg id="list.noPoint" values={{ place: <bdi data-content="">{p.place}</bdi> }} />
                  ) : (
                    <bdi data-content="">{p.place}</bdi>
                  ),
                category: context ? translate('list.context') : translate(CATEGORY_LABEL[p.category]),
              }}
            />
          </span>
        </span>
      </button>
    </li>
  );
});

function RowDate({ event, timeDisplay }: { event: EventFeature['properties']; timeDisplay: TimeDisplay }) {
  const { date, time, timeZone } = event;
  if (timeDisplay === 'utc' && time && timeZone) {
    const utc = toUtc(date, time, timeZone);
    return (
      <time dateTime={`${utc.date}T${utc.time}Z`}>
        {t('format.momentUtc', { date: formatShortDay(displayDate(event, 'utc')), time: utc.time })}
      </time>
    );
  }
  return <time dateTime={date}>{formatShortDay(date)}</time>;
}
