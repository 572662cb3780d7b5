/** SVG pixels. */
export const PAD_X = 14;
export const HISTOGRAM_TOP = 4;
export const HISTOGRAM_HEIGHT = 18;
export const GLYPHS_BOTTOM = 62;
export const GLYPHS_HEIGHT = 36;
export const AXIS_Y = 66;
export const HEIGHT = 84;
export const GLYPH = 9;
