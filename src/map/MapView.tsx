import { useEffect, useRef, useState } from 'react';
import type { Theme } from './style/palette';
import type { MapHandle } from './create-map';

interface MapViewProps {
  theme: Theme;
  label: string;
  cooperativeGestures?: boolean;
}

type MapStatus = 'loading' | 'ready' | 'failed';

/** Creates the map once, lazily (MapLibre is the heaviest chunk), and only ever tells it what changed. */
export function MapView({ theme, label, cooperativeGestures = false }: MapViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const handleRef = useRef<MapHandle | null>(null);
  const themeRef = useRef(theme);
  const [status, setStatus] = useState<MapStatus>('loading');
  const [failure, setFailure] = useState<string>('');

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    import('./create-map')
      .then(({ createMap }) => {
        if (cancelled) return;
        handleRef.current = createMap({
          container,
          theme: themeRef.current,
          geoBase: new URL('geo/', document.baseURI),
          cooperativeGestures,
        });
        setStatus('ready');
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setFailure(error instanceof Error ? error.message : String(error));
        setStatus('failed');
      });
    return () => {
      cancelled = true;
      handleRef.current?.destroy();
      handleRef.current = null;
    };
  }, [cooperativeGestures]);

  useEffect(() => {
    themeRef.current = theme;
    handleRef.current?.setTheme(theme);
  }, [theme]);

  return (
    <div className="map-frame" data-status={status}>
      <div ref={containerRef} className="map-canvas" role="region" aria-label={label} />
      {status === 'failed' && (
        <div className="map-notice" role="alert">
          <strong>The map could not be drawn.</strong> {failure}
        </div>
      )}
    </div>
  );
}
