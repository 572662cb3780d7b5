import { useAtlasStore } from '../../store/atlas-store';
import { selectHoveredId, selectSelectedId } from '../../store/selectors';
import { GLYPH } from './geometry';
import type { Mark } from './place-marks';

/** Rings the marks that are hovered or open anywhere (map, list, playback), without redrawing the marks. */
export function MarkHighlight({ marks }: { marks: readonly Mark[] }) {
  const hoveredId = useAtlasStore(selectHoveredId);
  const selectedId = useAtlasStore(selectSelectedId);
  const ring = (id: string | null, kind: string) => {
    const mark = id ? marks.find((candidate) => candidate.id === id) : undefined;
    return mark ? (
      <circle className={`timeline__ring timeline__ring--${kind}`} cx={mark.x} cy={mark.y} r={GLYPH * 0.85} />
    ) : null;
  };
  return (
    <g aria-hidden="true">
      {ring(selectedId, 'selected')}
      {hoveredId !== selectedId && ring(hoveredId, 'hovered')}
    </g>
  );
}
