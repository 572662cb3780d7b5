/**
 * Dataset text set into a plain-text string of the app's own (a tooltip): wrapped in FSI…PDI, the bidi isolates, so
 * an override or a right-to-left name inside it cannot reorder the app's words around it. Markup uses <bdi> instead.
 */
export const isolateText = (text: string): string => `\u2068${text}\u2069`;
