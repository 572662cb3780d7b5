import type { Chapter } from '../../data/chapter-schema';
import type { EventFeature } from '../../data/event-schema';
import { handoutSources } from './handout-sources';
import { Msg, useT } from '../../i18n';
import { ViewPreview } from './ViewPreview';
import './handout.css';

interface HandoutProps {
  storyTitle: string;
  chapters: readonly Chapter[];
  eventsById: ReadonlyMap<string, EventFeature>;
  pictures: readonly (string | undefined)[];
  linkOf: (step: number) => string;
}

export function Handout({ storyTitle, chapters, eventsById, pictures, linkOf }: HandoutProps) {
  const t = useT();
  const sources = handoutSources(chapters, eventsById);
  const count = chapters.length;
  return (
    <div className="handout">
      {chapters.map((chapter, index) => {
        const step = index + 1;
        const picture = pictures[index];
        return (
          <section key={chapter.id} className="handout__page" aria-labelledby={`handout-${chapter.id}`}>
            <p className="handout__running">{t('handout.running', { step, count, title: storyTitle })}</p>
            <h2 id={`handout-${chapter.id}`}>{chapter.title}</h2>
            <figure className="handout__map">
              {picture ? (
                <img src={picture} alt={t('handout.mapAlt', { step, title: chapter.title })} />
              ) : (
                <ViewPreview chapter={chapter} label={t('handout.mapAlt', { step, title: chapter.title })} />
              )}
              <figcaption>{t('handout.legend')}</figcaption>
            </figure>
            <p className="handout__body">{chapter.body}</p>
            {chapter.question && (
              <p className="handout__question">
                <Msg
                  id="handout.questionLine"
                  values={{ prompt: <bdi data-content="">{chapter.question.prompt}</bdi> }}
                  components={{ 0: <strong /> }}
                />
              </p>
            )}
            <h3>{t('handout.sources')}</h3>
            <ul className="handout__sources">
              {sources[index]?.map((source) => (
                <li key={source.id}>
                  {source.listedIn !== null ? (
                    <Msg
                      id="handout.sourceListed"
                      values={{ title: <bdi data-content="">{source.title}</bdi>, chapter: source.listedIn }}
                      components={{ 0: <strong /> }}
                    />
                  ) : (
                    <>
                      <strong>{source.title}</strong>
                      <ul className="handout__urls">
                        {source.urls.map((url) => (
                          <li key={url}>{url}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              ))}
            </ul>
            <p className="handout__link">{t('handout.link', { link: linkOf(step) })}</p>
          </section>
        );
      })}
      <section className="handout__page handout__answers" aria-labelledby="handout-answers">
        <h2 id="handout-answers">{t('handout.answers')}</h2>
        <ol>
          {chapters.map((chapter) =>
            chapter.question ? (
              <li key={chapter.id} value={chapters.indexOf(chapter) + 1}>
                <Msg
                  id="handout.answerLine"
                  values={{
                    prompt: <bdi data-content="">{chapter.question.prompt}</bdi>,
                    answer: chapter.question.answer ? (
                      <bdi data-content="">{chapter.question.answer}</bdi>
                    ) : (
                      t('handout.openQuestion')
                    ),
                  }}
                  components={{ 0: <strong /> }}
                />
              </li>
            ) : null,
          )}
        </ol>
        <p className="handout__credits">{t('handout.credits')}</p>
      </section>
    </div>
  );
}
