import { useAtlasStore } from '../../store/atlas-store';
import { selectHoveredId, selectSelectedId } from '../../store/selectors';
import { GLYPH } from './geometry';
import type { TimelineGlyph } from './place-glyphs';

export function GlyphHighlight({ glyphs }: { glyphs: readonly TimelineGlyph[] }) {
  const hoveredId = useAtlasStore(selectHoveredId);
  const selectedId = useAtlasStore(selectSelectedId);
  const ring = (id: string | null, kind: 'selected' | 'hovered') => {
    const glyph = id ? glyphs.find((candidate) => candidate.id === id) : undefined;
    return glyph ? (
      <circle
        className={`timeline__ring timeline__ring--${kind}`}
        cx={glyph.x}
        cy={glyph.y}
        r={GLYPH * 0.85}
      />
    ) : null;
  };
  return (
    <g aria-hidden="true">
      {ring(selectedId, 'selected')}
      {hoveredId !== selectedId && ring(hoveredId, 'hovered')}
    </g>
  );
}
