import { startTransition, useEffect, useState } from 'react';

/** Two frames: the one in which the map hands the change to its worker, and the next. */
const FRAMES = 2;
/** Frames do not run in a hidden tab or an off-screen embed; the panels still follow after this long. */
const LATEST_MS = 120;

/**
 * The value as it was a couple of frames ago. The map takes a filter in the same task it changes (see
 * src/map/bindings/connect-store.ts); panels that follow this value re-render only after the map has drawn, so
 * their layout and paint do not hold up the map's next frame (npm run bench: filter → map idle).
 */
export function useValueAfterMap<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    let done = false;
    let frame = 0;
    const apply = () => {
      if (done) return;
      done = true;
      startTransition(() => setShown(value));
    };
    let frames = 0;
    const tick = () => {
      frames += 1;
      if (frames >= FRAMES) apply();
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    const timer = setTimeout(apply, LATEST_MS);
    return () => {
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
