import type { Chapter } from '../../data/chapter-schema';
import { formatClock, useElapsed } from './use-elapsed';
import { Msg, useT } from '../../i18n';
import { ViewPreview } from './ViewPreview';

interface PresenterViewProps {
  chapters: readonly Chapter[];
  step: number;
  connected: boolean;
  onStep: (step: number) => void;
}

export function PresenterView({ chapters, step, connected, onStep }: PresenterViewProps) {
  const t = useT();
  const [elapsed, resetClock] = useElapsed();
  const count = chapters.length;
  const chapter = chapters[step - 1];
  const next = chapters[step];
  if (!chapter) return null;
  return (
    <main className="presenter" aria-labelledby="presenter-heading">
      <header className="presenter__bar">
        <h1 id="presenter-heading">{t('presenter.heading')}</h1>
        <p className="presenter__clock" role="timer" aria-label={t('presenter.elapsed')}>
          {formatClock(elapsed)}
        </p>
        <button type="button" onClick={resetClock}>
          {t('presenter.resetClock')}
        </button>
        <nav className="presenter__nav" aria-label={t('present.controls')}>
          <button type="button" onClick={() => onStep(step - 1)} disabled={step <= 1}>
            {t('present.previous')}
          </button>
          <button type="button" onClick={() => onStep(step + 1)} disabled={step >= count}>
            {t('present.next')}
          </button>
        </nav>
      </header>
      {!connected && <p className="presenter__status">{t('presenter.disconnected')}</p>}
      <section className="presenter__now" aria-labelledby="presenter-now">
        <p id="presenter-now" className="presenter__label">
          {t('presenter.now', { step, count })}
        </p>
        <h2 data-content="" dir="auto">
          {chapter.title}
        </h2>
        <h3>{t('presenter.notes')}</h3>
        <p className="presenter__notes" data-content="" dir="auto">
          {chapter.notes}
        </p>
        <h3>{t('present.question')}</h3>
        {chapter.question ? (
          <>
            <p data-content="" dir="auto">
              {chapter.question.prompt}
            </p>
            <p className="presenter__answer">
              <Msg
                id="presenter.answerLine"
                values={{
                  answer: chapter.question.answer ? (
                    <bdi data-content="">{chapter.question.answer}</bdi>
                  ) : (
                    t('presenter.noAnswer')
                  ),
                }}
                components={{ 0: <strong /> }}
              />
            </p>
          </>
        ) : (
          <p>{t('presenter.noQuestion')}</p>
        )}
      </section>
      <section className="presenter__next" aria-labelledby="presenter-next">
        {next ? (
          <>
            <p id="presenter-next" className="presenter__label">
              {t('presenter.next', { step: step + 1 })}
            </p>
            <h2 data-content="" dir="auto">
              {next.title}
            </h2>
            <ViewPreview chapter={next} label={t('presenter.previewLabel', { step: step + 1 })} />
          </>
        ) : (
          <p id="presenter-next" className="presenter__label">
            {t('presenter.end')}
          </p>
        )}
      </section>
    </main>
  );
}
