import { useStory, useStoryProblem } from '../../data/use-story';
import { DataStatus } from '../../features/data-status/DataStatus';
import { StoryStatus } from '../../features/data-status/StoryStatus';
import { EventDetail } from '../../features/details/EventDetail';
import { LazySelectionAnnouncer } from '../../features/details/LazySelectionAnnouncer';
import { LazyCorrectionsView } from '../../features/corrections/LazyCorrectionsView';
import { ExportMenu } from '../../features/export/ExportMenu';
import { FilterPanel } from '../../features/filters/FilterPanel';
import { IntroPanel } from '../../features/intro/IntroPanel';
import { BelowTheList } from '../../features/list/BelowTheList';
import { EventList } from '../../features/list/EventList';
import { MeasureTool } from '../../features/measure/MeasureTool';
import { LazyStaticMap } from '../../features/static-map/LazyStaticMap';
import { Timeline } from '../../features/timeline/Timeline';
import { MapView } from '../../map/MapView';
import { useAtlasStore } from '../../store/atlas-store';
import { selectSelectedId } from '../../store/selectors';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import { useT } from '../../i18n';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { writeCamera } from '../url-sync';
import { ExploreLayout } from './ExploreLayout';
import type { ShellProps } from './shell-props';

export function ExploreShell({
  initialCamera,
}: Omit<ShellProps, 'Explore' | 'Timeline' | 'MapView' | 'ErrorBoundary'>) {
  const t = useT();
  const theme = useEffectiveTheme();
  const selectedId = useAtlasStore(selectSelectedId);
  const dataPath = useAtlasStore((state) => state.dataPath);
  const story = useStory();
  const storyProblem = useStoryProblem();
  return (
    <ExploreLayout
      title={story?.title ?? t('app.title')}
      dek={story?.dek ?? t('app.dek')}
      map={
        <>
          <ErrorBoundary failure="errors.map">
            <MapView
              theme={theme}
              label={story?.mapLabel ?? t('app.mapLabel')}
              story={story}
              dataPath={dataPath ?? undefined}
              initialCamera={initialCamera}
              onCameraChange={writeCamera}
              fallback={<LazyStaticMap />}
            />
          </ErrorBoundary>
          <ErrorBoundary failure="errors.distance">
            <MeasureTool />
          </ErrorBoundary>
          <LazySelectionAnnouncer />
        </>
      }
      timeline={
        <ErrorBoundary failure="errors.timeline">
          <Timeline />
        </ErrorBoundary>
      }
      panelPending={story === undefined && storyProblem === null}
      openKey={selectedId}
      panel={
        selectedId ? (
          <ErrorBoundary key={selectedId} failure="errors.details">
            <DataStatus />
            <EventDetail id={selectedId} />
          </ErrorBoundary>
        ) : (
          <>
            <ErrorBoundary failure="errors.intro">
              <IntroPanel />
            </ErrorBoundary>
            <ErrorBoundary failure="errors.dataStatus">
              <DataStatus />
              <StoryStatus />
            </ErrorBoundary>
            <ErrorBoundary failure="errors.filters">
              <FilterPanel />
            </ErrorBoundary>
            <ErrorBoundary failure="errors.list">
              <EventList />
            </ErrorBoundary>
            <BelowTheList>
              <ErrorBoundary failure="errors.export">
                <ExportMenu />
              </ErrorBoundary>
              <ErrorBoundary failure="errors.corrections">
                <LazyCorrectionsView />
              </ErrorBoundary>
            </BelowTheList>
          </>
        )
      }
    />
  );
}
