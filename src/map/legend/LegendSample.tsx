import { ShapeGlyph } from '../../ui/ShapeGlyph';
import type { LegendSample as Sample } from './legend-entries';

const SIZE = 18;
const MID = SIZE / 2;
/** MapLibre measures a dash in line widths; SVG in pixels. */
const dashes = (dash: readonly number[], width: number) => dash.map((part) => part * width).join(' ');

/** Drawn from the same colours and dashes as the layer it explains. */
export function LegendSample({ sample }: { sample: Sample }) {
  if (sample.kind === 'shape') return <ShapeGlyph shape={sample.shape} colour={sample.colour} size={SIZE} />;
  return (
    <svg
      className="glyph"
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      aria-hidden="true"
      focusable="false"
    >
      {sample.kind === 'halo' && (
        <circle
          cx={MID}
          cy={MID}
          r={MID - 1}
          fill={sample.colour}
          fillOpacity={sample.fillOpacity}
          stroke={sample.colour}
          strokeOpacity={sample.ringOpacity}
        />
      )}
      {sample.kind === 'outline' && (
        <circle
          cx={MID}
          cy={MID}
          r={MID - 1.5}
          fill="none"
          stroke={sample.colour}
          strokeOpacity={sample.opacity}
          strokeWidth={1.5}
          strokeDasharray={dashes(sample.dash, 1.5)}
        />
      )}
      {sample.kind === 'line' && (
        <line
          x1={1}
          y1={MID}
          x2={SIZE - 1}
          y2={MID}
          stroke={sample.colour}
          strokeWidth={2}
          strokeDasharray={dashes(sample.dash, 2)}
          strokeLinecap="round"
        />
      )}
      {sample.kind === 'bubble' && (
        <>
          <circle
            cx={MID}
            cy={MID}
            r={MID - 1}
            fill={sample.fill}
            fillOpacity={sample.opacity}
            stroke={sample.ring}
            strokeWidth={1.5}
          />
          <text x={MID} y={MID} dy="0.35em" textAnchor="middle" fontSize={10} fill={sample.ring}>
            3
          </text>
        </>
      )}
      {sample.kind === 'ring' && (
        <circle cx={MID} cy={MID} r={MID - 2} fill="none" stroke={sample.colour} strokeWidth={2.5} />
      )}
      {sample.kind === 'fill' && (
        <rect
          x={1}
          y={3}
          width={SIZE - 2}
          height={SIZE - 6}
          fill={sample.colour}
          fillOpacity={sample.opacity}
        />
      )}
    </svg>
  );
}
