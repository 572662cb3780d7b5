import { useCallback, useEffect, useState } from 'react';

/** Read at the moment of a key press: the change event, and so the hook's state, can trail the page by a frame. */
export const inFullscreen = (): boolean => Boolean(document.fullscreenElement);

export function useFullscreen(): [active: boolean, toggle: () => void] {
  const [active, setActive] = useState(inFullscreen);
  useEffect(() => {
    const onChange = () => setActive(inFullscreen());
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    if (inFullscreen()) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  return [active, toggle];
}
