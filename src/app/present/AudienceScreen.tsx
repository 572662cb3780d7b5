import { useCallback, useEffect, useState } from 'react';
import { useStory } from '../../data/use-story';
import type { Chapter } from '../../data/chapter-schema';
import { useDatasetIndex } from '../../data/use-dataset';
import { Handout } from '../../features/tour/Handout';
import { Presentation } from '../../features/tour/Presentation';
import { t } from '../../i18n';
import { usePresenterSync } from '../../features/tour/use-presenter-sync';
import '../../features/tour/present.css';
import type { MapHandle } from '../../map/create-map';
import { useAtlasStore } from '../../store/atlas-store';
import { useEffectiveTheme } from '../../store/use-effective-theme';
import type { ShellProps } from '../shell/shell-props';
import { writeCamera } from '../url-sync';
import { chapterLink } from './chapter-link';
import { showChapter } from './show-chapter';
import { useHandout } from './use-handout';
import { useStep } from './use-step';

const NO_CHAPTERS: readonly Chapter[] = [];

/** Handed down by App (ShellProps): imported, they split the first bundle. */
type AudienceScreenProps = Omit<ShellProps, 'Explore'>;

export function AudienceScreen({ initialCamera, Timeline, MapView, ErrorBoundary }: AudienceScreenProps) {
  const theme = useEffectiveTheme();
  const story = useStory();
  const chapters = story?.chapters ?? NO_CHAPTERS;
  const index = useDatasetIndex();
  const dataPath = useAtlasStore((state) => state.dataPath);
  const step = useStep(chapters.length);
  const chapter = chapters[step - 1];
  const [handle, setHandle] = useState<MapHandle | null>(null);
  const [settledStep, setSettledStep] = useState<number | null>(null);
  const handout = useHandout(handle, chapters);
  const preparing = handout.progress !== null;
  const go = useCallback(
    (target: number) => useAtlasStore.getState().goToChapter(Math.min(Math.max(1, target), chapters.length)),
    [chapters.length],
  );
  usePresenterSync(step, go, chapters.length > 0);

  useEffect(() => {
    if (!handle || !chapter || preparing) return;
    let current = true;
    void showChapter(handle, chapter).then(() => current && setSettledStep(step));
    return () => {
      current = false;
    };
  }, [handle, chapter, step, preparing]);

  useEffect(() => () => handle?.showChapter({ events: [], places: [], layers: null }), [handle]);

  if (!story) return null;
  if (chapters.length === 0) return <p className="present__empty">{t('present.noChapters')}</p>;
  if (!chapter) return null;
  return (
    <>
      <Presentation
        chapters={chapters}
        step={step}
        settled={settledStep === step && !preparing}
        link={chapterLink(step)}
        onPresenterView={() =>
          window.open(chapterLink(step) + '#presenter', 'atlas-presenter', 'popup,width=1200,height=800')
        }
        onPrintHandout={handout.print}
        preparing={handout.progress}
        onLeave={() => useAtlasStore.getState().setMode('explore')}
        map={
          <ErrorBoundary failure="errors.map">
            <MapView
              theme={theme}
              label={t('present.mapLabel', { step, title: chapter.title })}
              story={story}
              dataPath={dataPath ?? undefined}
              initialCamera={initialCamera}
              onCameraChange={writeCamera}
              onHandle={setHandle}
              filterHints={false}
            />
          </ErrorBoundary>
        }
        timeline={
          <ErrorBoundary failure="errors.timeline">
            <Timeline />
          </ErrorBoundary>
        }
      />
      {handout.pictures && index && (
        <Handout
          storyTitle={story.title}
          chapters={chapters}
          eventsById={index.byId}
          pictures={handout.pictures}
          linkOf={(n) => chapterLink(n)}
        />
      )}
    </>
  );
}
