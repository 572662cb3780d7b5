/**
 * Above this many incidents the atlas draws them as a crowd: plain, unclustered dots on the map and counts on
 * the timeline, instead of one shaped mark each. In a crowd that dense the shapes overlap and cannot be told
 * apart, and laying out shaped symbols costs the map about twice what dots cost on every filter change
 * (docs/PERFORMANCE.md). The family colours are Okabe–Ito, chosen to stay distinct with the common
 * colour-vision deficiencies.
 */
export const CROWD_THRESHOLD = 500;

/**
 * In a crowd, uncertainty halos are drawn from this zoom on (a few hundred kilometres across). At the regional
 * view thousands of overlapping halos are a haze that says nothing about any one incident, and laying them out
 * on every filter change doubled its cost at 100k incidents (docs/PERFORMANCE.md). The detail panel states
 * each incident's precision in words at any zoom.
 */
export const CROWD_HALO_MIN_ZOOM = 6;

export type EventDrawing = 'shapes' | 'dots';

export const drawingFor = (eventCount: number): EventDrawing =>
  eventCount > CROWD_THRESHOLD ? 'dots' : 'shapes';
