import { memo, useMemo, type SyntheticEvent } from 'react';
import { FAMILY_COLOUR } from '../../data/category-families';
import type { EventFeature } from '../../data/event-schema';
import { useT } from '../../i18n';
import { formatEventMoment } from '../../i18n/format';
import type { TimeDisplay } from '../../lib/event-time';
import { isolateText } from '../../lib/isolate-text';
import { useAtlasStore } from '../../store/atlas-store';
import { EVENT_SHAPES } from '../../data/symbol-shapes';
import type { EffectiveTheme } from '../../store/use-effective-theme';
import { GLYPH } from './geometry';
import type { TimelineGlyph } from './place-glyphs';

interface EventGlyphsProps {
  events: readonly EventFeature[];
  glyphs: readonly TimelineGlyph[];
  theme: EffectiveTheme;
  timeDisplay: TimeDisplay;
}

const idUnder = (event: SyntheticEvent<SVGElement>) =>
  (event.target as Element).closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;

/** A pointer shortcut: keyboard and screen reader users reach the same events through the list. */
export const EventGlyphs = memo(function EventGlyphs({
  events,
  glyphs,
  theme,
  timeDisplay,
}: EventGlyphsProps) {
  const t = useT();
  const openEvent = useAtlasStore((state) => state.openEvent);
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
    if (id) openEvent(id);
  };
  return (
    <g
      className="timeline__glyphs"
      onPointerOver={onOver}
      onPointerOut={onOut}
      onClick={onClick}
      // A press on a glyph opens it; it must not start a brush underneath.
      onPointerDown={(event) => event.stopPropagation()}
    >
      {glyphs.map((glyph) => {
        const p = byId.get(glyph.id);
        const shape = EVENT_SHAPES[glyph.family];
        const colour = FAMILY_COLOUR[glyph.family][theme];
        return (
          <g key={glyph.id} data-event-id={glyph.id} className="timeline__glyph">
            <title>
              {p
                ? t('timeline.glyphTitle', {
                    title: isolateText(p.title),
                    moment: formatEventMoment(p, timeDisplay),
                  })
                : glyph.id}
            </title>
            {glyph.xEnd > glyph.x && (
              <line x1={glyph.x} x2={glyph.xEnd} y1={glyph.y} y2={glyph.y} stroke={colour} strokeWidth={2} />
            )}
            <g transform={`translate(${glyph.x - GLYPH / 2},${glyph.y - GLYPH / 2}) scale(${GLYPH / 100})`}>
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
