import type { Shape } from '../lib/svg-shape';

interface ShapeGlyphProps {
  shape: Shape;
  colour: string;
  size?: number;
}

/** Decorative: the text beside it carries the meaning. */
export function ShapeGlyph({ shape, colour, size = 16 }: ShapeGlyphProps) {
  return (
    <svg
      className="glyph"
      width={size}
      height={size}
      viewBox="0 0 100 100"
      aria-hidden="true"
      focusable="false"
    >
      {shape.stroke && (
        <path d={shape.stroke} fill="none" stroke={colour} strokeWidth={10} strokeLinejoin="round" />
      )}
      {shape.fill && <path d={shape.fill} fill={colour} />}
    </svg>
  );
}
