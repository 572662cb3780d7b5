import { memo, useMemo, type SyntheticEvent } from 'react';
import { FAMILY_COLOUR } from '../../data/category-families';
import type { EventFeature } from '../../data/event-schema';
import { formatEventMoment, type TimeDisplay } from '../../lib/event-time';
import { useAtlasStore } from '../../store/atlas-store';
import { EVENT_SHAPES } from '../../ui/shapes';
import type { EffectiveTheme } from '../../ui/use-effective-theme';
import { GLYPH } from './geometry';
import type { Mark } from './place-marks';

interface EventMarksProps {
  events: readonly EventFeature[];
  marks: readonly Mark[];
  theme: EffectiveTheme;
  timeDisplay: TimeDisplay;
}

const idUnder = (event: SyntheticEvent<SVGElement>) =>
  (event.target as Element).closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;

/**
 * One mark per event, in the map's shape and colour. The marks are a pointer shortcut: keyboard and screen
 * reader users reach the same events through the list, which the brush filters too.
 */
export const EventMarks = memo(function EventMarks({ events, marks, theme, timeDisplay }: EventMarksProps) {
  const byId = useMemo(() => new Map(events.map((event) => [event.id, event.properties])), [events]);
  const onOver = (event: SyntheticEvent<SVGElement>) => {
    const id = idUnder(event);
    if (id) useAtlasStore.getState().hover(id, 'timeline');
  };
  const onOut = (event: SyntheticEvent<SVGElement>) => {
    const state = useAtlasStore.getState();
    if (idUnder(event) && state.hoverOrigin === 'timeline') state.hover(null, 'timeline');
  };
  const onClick = (event: SyntheticEvent<SVGElement>) => {
    const id = idUnder(event);
    if (id) useAtlasStore.getState().select(id);
  };
  return (
    <g
      className="timeline__marks"
      onPointerOver={onOver}
      onPointerOut={onOut}
      onClick={onClick}
      // A press on a mark opens it; it must not start a brush underneath.
      onPointerDown={(event) => event.stopPropagation()}
    >
      {marks.map((mark) => {
        const p = byId.get(mark.id);
        const shape = EVENT_SHAPES[mark.family];
        const colour = FAMILY_COLOUR[mark.family][theme];
        return (
          <g key={mark.id} data-event-id={mark.id} className="timeline__mark">
            <title>{p ? `${p.title}, ${formatEventMoment(p, timeDisplay)}` : mark.id}</title>
            {mark.xEnd > mark.x && (
              <line x1={mark.x} x2={mark.xEnd} y1={mark.y} y2={mark.y} stroke={colour} strokeWidth={2} />
            )}
            <g transform={`translate(${mark.x - GLYPH / 2},${mark.y - GLYPH / 2}) scale(${GLYPH / 100})`}>
              <rect className="timeline__hit" x={-20} y={-20} width={140} height={140} />
              {shape.fill && <path d={shape.fill} fill={colour} />}
              {shape.stroke && <path d={shape.stroke} fill="none" stroke={colour} strokeWidth={10} />}
            </g>
          </g>
        );
      })}
    </g>
  );
});
