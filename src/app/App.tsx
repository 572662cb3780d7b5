import { useEffect } from 'react';
import { DataStatus } from '../features/data-status/DataStatus';
import { EventDetail } from '../features/details/EventDetail';
import { SelectionAnnouncer } from '../features/details/SelectionAnnouncer';
import { ExportMenu } from '../features/export/ExportMenu';
import { FilterPanel } from '../features/filters/FilterPanel';
import { IntroPanel } from '../features/intro/IntroPanel';
import { Legend } from '../features/legend/Legend';
import { EventList } from '../features/list/EventList';
import { LazyStaticMap } from '../features/static-map/LazyStaticMap';
import { MeasureTool } from '../features/measure/MeasureTool';
import { Timeline } from '../features/timeline/Timeline';
import type { Camera } from '../lib/url-state';
import { MapView } from '../map/MapView';
import { useAtlasStore } from '../store/atlas-store';
import { selectSelectedId } from '../store/selectors';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useEffectiveTheme } from '../store/use-effective-theme';
import { ExploreLayout } from './shell/ExploreLayout';
import { useEmbedMessages } from './use-embed-messages';
import { useUrlSync, writeCamera } from './url-sync';

interface AppProps {
  initialCamera?: Camera;
}

export function App({ initialCamera }: AppProps) {
  const theme = useEffectiveTheme();
  const selectedId = useAtlasStore(selectSelectedId);
  const dataPath = useAtlasStore((state) => state.dataPath);
  useUrlSync();
  useEmbedMessages();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <ExploreLayout
      map={
        <>
          <ErrorBoundary name="The map">
            <MapView
              theme={theme}
              label="Map of the incidents around the Kerman bombings"
              dataPath={dataPath ?? undefined}
              initialCamera={initialCamera}
              onCameraChange={writeCamera}
              fallback={<LazyStaticMap />}
            />
          </ErrorBoundary>
          <ErrorBoundary name="The distance tool">
            <MeasureTool />
          </ErrorBoundary>
          <SelectionAnnouncer />
        </>
      }
      timeline={
        <ErrorBoundary name="The timeline">
          <Timeline />
        </ErrorBoundary>
      }
      openKey={selectedId}
      panel={
        selectedId ? (
          <ErrorBoundary key={selectedId} name="The incident details">
            <EventDetail id={selectedId} />
          </ErrorBoundary>
        ) : (
          <>
            <ErrorBoundary name="The introduction">
              <IntroPanel />
            </ErrorBoundary>
            <ErrorBoundary name="The data status">
              <DataStatus />
            </ErrorBoundary>
            <ErrorBoundary name="The filters">
              <FilterPanel />
            </ErrorBoundary>
            <ErrorBoundary name="The incident list">
              <EventList />
            </ErrorBoundary>
            <ErrorBoundary name="The legend">
              <Legend />
            </ErrorBoundary>
            <ErrorBoundary name="The download menu">
              <ExportMenu />
            </ErrorBoundary>
          </>
        )
      }
    />
  );
}
