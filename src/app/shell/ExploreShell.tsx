import { DataStatus } from '../../features/data-status/DataStatus';
import { EventDetail } from '../../features/details/EventDetail';
import { SelectionAnnouncer } from '../../features/details/SelectionAnnouncer';
import { ExportMenu } from '../../features/export/ExportMenu';
import { FilterPanel } from '../../features/filters/FilterPanel';
import { IntroPanel } from '../../features/intro/IntroPanel';
import { LazyLegend } from '../../features/legend/LazyLegend';
import { EventList } from '../../features/list/EventList';
import { MeasureTool } from '../../features/measure/MeasureTool';
import { LazyStaticMap } from '../../features/static-map/LazyStaticMap';
import { Timeline } from '../../features/timeline/Timeline';
import { MapView } from '../../map/MapView';
import { useAtlasStore } from '../../store/atlas-store';
import { selectSelectedId } from '../../store/selectors';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { writeCamera } from '../url-sync';
import { ExploreLayout } from './ExploreLayout';
import type { ShellProps } from './shell-props';

/** Explore mode: the map with the timeline under it, and the intro, filters and list (or one incident) beside. */
export function ExploreShell({ initialCamera }: Omit<ShellProps, 'Explore'>) {
  const theme = useEffectiveTheme();
  const selectedId = useAtlasStore(selectSelectedId);
  const dataPath = useAtlasStore((state) => state.dataPath);
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
              <LazyLegend />
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
