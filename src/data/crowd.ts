/**
 * Above this many incidents the atlas draws them as a crowd: plain, unclustered dots on the map and counts on
 * the timeline, instead of one shaped mark each. In a crowd that dense the shapes overlap and cannot be told
 * apart, and laying out shaped symbols costs the map about twice what dots cost on every filter change
 * (docs/PERFORMANCE.md). The family colours are Okabe–Ito, chosen to stay distinct with the common
 * colour-vision deficiencies.
 */
export const CROWD_THRESHOLD = 500;

export type EventMarks = 'shapes' | 'dots';

export const marksFor = (eventCount: number): EventMarks =>
  eventCount > CROWD_THRESHOLD ? 'dots' : 'shapes';
