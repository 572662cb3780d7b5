import type { Chapter } from '../../data/chapter-schema';
import { useStory } from '../../data/use-story';
import { PresenterView } from '../../features/tour/PresenterView';
import { clampStep } from '../../features/tour/present-keys';
import { usePresenterSync } from '../../features/tour/use-presenter-sync';
import '../../features/tour/presenter.css';
import { useAtlasStore } from '../../store/atlas-store';
import { useStep } from './use-step';

const NO_CHAPTERS: readonly Chapter[] = [];

export function PresenterWindow() {
  const chapters = useStory()?.chapters ?? NO_CHAPTERS;
  const step = useStep(chapters.length);
  const go = (target: number) => useAtlasStore.getState().goToChapter(clampStep(target, chapters.length));
  const connected = usePresenterSync(step, go, chapters.length > 0);
  return <PresenterView chapters={chapters} step={step} connected={connected} onStep={go} />;
}
