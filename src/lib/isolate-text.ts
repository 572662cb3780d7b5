/** FSI…PDI, so an override or right-to-left name cannot reorder the words around it. */
export const isolateText = (text: string): string => `\u2068${text}\u2069`;
