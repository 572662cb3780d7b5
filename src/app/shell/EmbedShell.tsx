import { lazy, Suspense, useEffect, useState } from 'react';
import { useStory, useStoryProblem } from '../../data/use-story';
import { DataStatus } from '../../features/data-status/DataStatus';
import { EventDetail } from '../../features/details/EventDetail';
import { SelectionAnnouncer } from '../../features/details/SelectionAnnouncer';
import { EventList } from '../../features/list/EventList';
import { LazyStaticMap } from '../../features/static-map/LazyStaticMap';
import type { Camera } from '../../lib/url-state';
import type { MapHandle } from '../../map/create-map';
import { MapView } from '../../map/MapView';
import { useAtlasStore } from '../../store/atlas-store';
import { selectSelectedId } from '../../store/selectors';
import { useT } from '../../i18n';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import { embedContext } from '../embed/embed-context';
import { DetailCard } from '../embed/DetailCard';
import { OpenFullMap } from '../embed/OpenFullMap';
import { useControlApi } from '../embed/use-control-api';
import { useEmbedChapters } from '../embed/use-embed-chapters';
import { writeCamera } from '../url-sync';
import { EmbedLayout } from './EmbedLayout';
import './embed.css';

// Its code and words load only for a link that asks for the stepper.
const ChapterStepper = lazy(() =>
  import('../embed/ChapterStepper').then((module) => ({ default: module.ChapterStepper })),
);

export function EmbedShell({ initialCamera }: { initialCamera?: Camera }) {
  const t = useT();
  const theme = useEffectiveTheme();
  const selectedId = useAtlasStore(selectSelectedId);
  const dataPath = useAtlasStore((state) => state.dataPath);
  const story = useStory();
  const storyFailed = useStoryProblem() !== null;
  const { channel, identity, params } = embedContext();
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const chapters = useEmbedChapters(story?.chapters ?? (storyFailed ? [] : undefined), handle, params);
  useControlApi(channel, identity.id, chapters);
  const stepper = (params.chapter || params.stepper) && story && story.chapters.length > 0;

  useEffect(() => {
    document.documentElement.dataset.mode = 'embed';
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <EmbedLayout
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
              cooperativeGestures
              interactive={params.interactive !== false}
              onCameraChange={writeCamera}
              onHandle={setHandle}
              filterHints={chapters.current < 0}
              fallback={<LazyStaticMap />}
              legend={params.legendOpen ? 'open' : 'closed'}
            />
          </ErrorBoundary>
          <SelectionAnnouncer />
        </>
      }
      side={
        <ErrorBoundary failure="errors.list">
          <DataStatus />
          <EventList />
        </ErrorBoundary>
      }
      below={
        <>
          {stepper && (
            <ErrorBoundary failure="errors.chapters">
              <Suspense fallback={null}>
                <ChapterStepper
                  chapters={story.chapters}
                  current={chapters.current}
                  unknownInLink={chapters.unknownInLink}
                  onGo={chapters.goTo}
                />
              </Suspense>
            </ErrorBoundary>
          )}
          {selectedId && (
            <ErrorBoundary key={selectedId} failure="errors.details">
              <DetailCard>
                <EventDetail id={selectedId} />
              </DetailCard>
            </ErrorBoundary>
          )}
        </>
      }
      footer={<OpenFullMap />}
    />
  );
}
