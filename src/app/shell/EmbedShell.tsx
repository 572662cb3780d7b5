import { useEffect } from 'react';
import { useStory } from '../../data/use-story';
import { DataStatus } from '../../features/data-status/DataStatus';
import { EventDetail } from '../../features/details/EventDetail';
import { SelectionAnnouncer } from '../../features/details/SelectionAnnouncer';
import { EventList } from '../../features/list/EventList';
import { LazyStaticMap } from '../../features/static-map/LazyStaticMap';
import type { Camera } from '../../lib/url-state';
import { MapView } from '../../map/MapView';
import { useAtlasStore } from '../../store/atlas-store';
import { selectSelectedId } from '../../store/selectors';
import { useT } from '../../i18n';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import { embedContext } from '../embed/embed-context';
import { DetailCard } from '../embed/DetailCard';
import { OpenFullMap } from '../embed/OpenFullMap';
import { useControlApi, type ChapterControl } from '../embed/use-control-api';
import { writeCamera } from '../url-sync';
import { EmbedLayout } from './EmbedLayout';
import './embed.css';

const NO_CHAPTERS: ChapterControl = { ids: [], current: -1, goTo: () => undefined };

export function EmbedShell({ initialCamera }: { initialCamera?: Camera }) {
  const t = useT();
  const theme = useEffectiveTheme();
  const selectedId = useAtlasStore(selectSelectedId);
  const dataPath = useAtlasStore((state) => state.dataPath);
  const story = useStory();
  const { channel, identity, params } = embedContext();
  useControlApi(channel, identity.id, NO_CHAPTERS);

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
        selectedId && (
          <ErrorBoundary key={selectedId} failure="errors.details">
            <DetailCard>
              <EventDetail id={selectedId} />
            </DetailCard>
          </ErrorBoundary>
        )
      }
      footer={<OpenFullMap />}
    />
  );
}
