import { useEffect } from 'react';
import { MapView } from '../map/MapView';
import { useEffectiveTheme } from '../ui/use-effective-theme';
import { ExploreLayout } from './shell/ExploreLayout';
import { IntroPanel } from '../features/intro/IntroPanel';

export function App() {
  const theme = useEffectiveTheme();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <ExploreLayout
      map={<MapView theme={theme} label="Map of the incidents around the Kerman bombings" />}
      panel={<IntroPanel />}
    />
  );
}
