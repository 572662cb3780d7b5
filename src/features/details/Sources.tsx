import type { Source, Support } from '../../data/primitives';
import { Msg, useT, type MessageId } from '../../i18n';
import { formatShortDay } from '../../i18n/format';

const SUPPORT_LABEL: Record<Support, MessageId> = {
  date: 'support.date',
  time: 'support.time',
  place: 'support.place',
  position: 'support.position',
  killed: 'support.killed',
  injured: 'support.injured',
  perpetrator: 'support.perpetrator',
  claim: 'support.claim',
  attribution: 'support.attribution',
  target: 'support.target',
  statement: 'support.statement',
  account: 'support.account',
};

/** No referrer: the reader's path through the atlas is nobody's business. */
export function Sources({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  return (
    <section className="detail__section" aria-labelledby="sources-title">
      <h3 id="sources-title">{t('sources.heading')}</h3>
      <ul className="detail__sources">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer" data-content="" dir="auto">
              {source.title}
              <span className="visually-hidden"> {t('sources.newTab')}</span>
            </a>
            <span className="muted">
              {' '}
              {source.date ? (
                <Msg
                  id="sources.publisherDated"
                  values={{
                    publisher: <bdi data-content="">{source.publisher}</bdi>,
                    date: formatShortDay(source.date),
                  }}
                />
              ) : (
                <Msg
                  id="sources.publisher"
                  values={{ publisher: <bdi data-content="">{source.publisher}</bdi> }}
                />
              )}
            </span>
            {source.supports && source.supports.length > 0 && (
              <span className="detail__supports">
                {t('sources.backs', {
                  list: source.supports.map((support) => t(SUPPORT_LABEL[support])).join(', '),
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
