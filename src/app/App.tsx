import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import type { Camera } from '../lib/url-state';
import { useAtlasStore } from '../store/atlas-store';
import { selectMode } from '../store/selectors';
import { useEffectiveTheme } from '../store/use-effective-theme';
import type { Mode } from '../store/view-slice';
import { Timeline } from '../features/timeline/Timeline';
import { MapView } from '../map/MapView';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ExploreShell } from './shell/ExploreShell';
import type { ShellProps } from './shell/shell-props';
import { useUrlSync } from './url-sync';

/** Explore stays in the first bundle: split off, it cost 1.7 KB gzip and a request before first paint. */
const shells: Record<Mode, ComponentType<ShellProps>> = {
  explore: ExploreShell,
  present: lazy(() => import('./shell/PresentShell').then((module) => ({ default: module.PresentShell }))),
  embed: lazy(() => import('./shell/OpenEmbedPage').then((module) => ({ default: module.OpenEmbedPage }))),
};

interface AppProps {
  initialCamera?: Camera;
}

export function App({ initialCamera }: AppProps) {
  const theme = useEffectiveTheme();
  const mode = useAtlasStore(selectMode);
  useUrlSync();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const Shell = shells[mode];
  return (
    <Suspense fallback={null}>
      <Shell
        initialCamera={initialCamera}
        Explore={ExploreShell}
        Timeline={Timeline}
        MapView={MapView}
        ErrorBoundary={ErrorBoundary}
      />
    </Suspense>
  );
}
