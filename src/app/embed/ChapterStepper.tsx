import { section } from 'virtual:atlas-catalogue-section/stepper';
import { use } from 'react';
import type { Chapter } from '../../data/chapter-schema';
import { useT } from '../../i18n';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import './chapter-stepper.css';

const wordsLoaded = addCatalogueSection(section);

interface ChapterStepperProps {
  chapters: readonly Chapter[];
  /** -1 before the tour starts (or after the host's reset). */
  current: number;
  unknownInLink: boolean;
  onGo: (index: number) => void;
}

/**
 * The tour walked inside an embed. The ends are aria-disabled rather than disabled, so a keyboard reader who
 * pressed Next onto the last chapter keeps their place on the button.
 */
export function ChapterStepper({ chapters, current, unknownInLink, onGo }: ChapterStepperProps) {
  use(wordsLoaded);
  const t = useT();
  const count = chapters.length;
  const chapter = chapters[current];
  const atStart = current <= 0;
  const atEnd = current >= count - 1;
  return (
    <section className="embed-stepper" aria-labelledby="embed-stepper-title">
      {unknownInLink && <p className="embed-stepper__notice">{t('stepper.unknownChapter')}</p>}
      <div className="embed-stepper__text" aria-live="polite">
        {chapter ? (
          <>
            <p className="embed-stepper__count">{t('stepper.chapterOf', { step: current + 1, count })}</p>
            <h2 id="embed-stepper-title" className="embed-stepper__title" data-content="" dir="auto">
              {chapter.title}
            </h2>
            <p className="embed-stepper__body" data-content="" dir="auto">
              {chapter.body}
            </p>
          </>
        ) : (
          <>
            <h2 id="embed-stepper-title" className="embed-stepper__title">
              {t('stepper.tour')}
            </h2>
            <p className="embed-stepper__body">{t('stepper.overview', { count })}</p>
          </>
        )}
      </div>
      <nav className="embed-stepper__nav" aria-label={t('stepper.nav')}>
        <button
          type="button"
          className="button"
          aria-disabled={atStart}
          onClick={() => !atStart && onGo(current - 1)}
        >
          <span aria-hidden="true">←</span> {t('stepper.previous')}
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={atEnd}
          onClick={() => !atEnd && onGo(current + 1)}
        >
          {chapter ? t('stepper.next') : t('stepper.start')} <span aria-hidden="true">→</span>
        </button>
      </nav>
    </section>
  );
}
