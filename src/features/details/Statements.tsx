import type { EventProperties } from '../../data/event-schema';
import { useT } from '../../i18n';
import { formatShortDay } from '../../i18n/format';

export function Statements({ event }: { event: EventProperties }) {
  const t = useT();
  const { statements, sources } = event;
  if (!statements?.length) return null;
  return (
    <section className="detail__section" aria-labelledby="statements-title">
      <h3 id="statements-title">{t('statements.heading')}</h3>
      {statements.map((said) => {
        const source = sources.find((candidate) => candidate.url === said.source);
        return (
          <figure key={`${said.who}-${said.quote}`} className="detail__statement">
            <blockquote cite={said.source}>
              <p>“{said.quote}”</p>
            </blockquote>
            <figcaption>
              {t('statements.byline', { who: said.who, date: formatShortDay(said.date) })}
              {source && (
                <>
                  {' — '}
                  <a href={said.source} target="_blank" rel="noopener noreferrer">
                    {source.publisher}
                    <span className="visually-hidden"> {t('sources.newTab')}</span>
                  </a>
                </>
              )}
            </figcaption>
          </figure>
        );
      })}
    </section>
  );
}
