import type { Source } from '../../data/primitives';
import { useT } from '../../i18n';
import { formatShortDay } from '../../i18n/format';

/** Links open in a new tab and carry no referrer: the reader's path through the atlas is nobody's business. */
export function Sources({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  return (
    <section className="detail__section" aria-labelledby="sources-title">
      <h3 id="sources-title">{t('sources.heading')}</h3>
      <ul className="detail__sources">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
              <span className="visually-hidden"> {t('sources.newTab')}</span>
            </a>
            <span className="muted">
              {' '}
              {source.date
                ? t('sources.publisherDated', {
                    publisher: source.publisher,
                    date: formatShortDay(source.date),
                  })
                : t('sources.publisher', { publisher: source.publisher })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
