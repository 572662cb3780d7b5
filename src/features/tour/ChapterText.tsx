import { useState } from 'react';
import type { Chapter } from '../../data/chapter-schema';
import { useT } from '../../i18n';

interface ChapterTextProps {
  chapter: Chapter;
  step: number;
  count: number;
  /** False while the camera moves: the words arrive with the view they describe. */
  settled: boolean;
}

export function ChapterText({ chapter, step, count, settled }: ChapterTextProps) {
  const t = useT();
  const [answerShown, setAnswerShown] = useState(false);
  return (
    <article className="chapter" aria-labelledby="chapter-title" data-settled={settled}>
      <p className="chapter__count">{t('present.chapterOf', { step, count })}</p>
      <div
        className="chapter__progress"
        role="progressbar"
        aria-label={t('present.progress')}
        aria-valuemin={1}
        aria-valuemax={count}
        aria-valuenow={step}
        aria-valuetext={t('present.chapterOf', { step, count })}
      >
        <span style={{ inlineSize: `${(step / count) * 100}%` }} />
      </div>
      <h2 id="chapter-title" className="chapter__title" tabIndex={-1} data-content="" dir="auto">
        {chapter.title}
      </h2>
      <div className="chapter__reveal" aria-hidden={!settled}>
        <p className="chapter__body" data-content="" dir="auto">
          {chapter.body}
        </p>
        {chapter.question && (
          <section className="chapter__question" aria-labelledby="chapter-question">
            <h3 id="chapter-question">{t('present.question')}</h3>
            <p data-content="" dir="auto">
              {chapter.question.prompt}
            </p>
            {chapter.question.answer && (
              <>
                <button
                  type="button"
                  aria-expanded={answerShown}
                  onClick={() => setAnswerShown((shown) => !shown)}
                >
                  {answerShown ? t('present.hideAnswer') : t('present.showAnswer')}
                </button>
                {answerShown && (
                  <p className="chapter__answer" data-content="" dir="auto">
                    {chapter.question.answer}
                  </p>
                )}
              </>
            )}
          </section>
        )}
      </div>
    </article>
  );
}
