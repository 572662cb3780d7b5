/**
 * In a crowd this dense the shapes overlap and cannot be told apart, and shaped symbols cost the map about
 * twice what dots cost per filter change (docs/PERFORMANCE.md).
 */
export const CROWD_THRESHOLD = 500;

/**
 * At the regional view thousands of halos are a haze, and laying them out doubled a filter change's cost at
 * 100k incidents (docs/PERFORMANCE.md).
 */
export const CROWD_HALO_MIN_ZOOM = 6;

export type EventDrawing = 'shapes' | 'dots';

export const drawingFor = (eventCount: number): EventDrawing =>
  eventCount > CROWD_THRESHOLD ? 'dots' : 'shapes';
