import { startTransition, useEffect, useState } from 'react';

/** The frame in which the map hands the change to its worker, and the next. */
const FRAMES = 2;
/** Frames do not run in a hidden tab or an off-screen embed. */
const LATEST_MS = 120;

/**
 * Panels follow after the map has drawn, so they do not hold up its next frame (bench: filter → map idle).
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
