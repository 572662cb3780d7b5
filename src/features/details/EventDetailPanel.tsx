import { section } from 'virtual:atlas-catalogue-section/details';
import { use, useEffect, useRef } from 'react';
import { CATEGORY_LABEL } from '../../data/category-families';
import { THREAD_LABEL } from '../../data/thread-labels';
import { useT, type MessageId } from '../../i18n';
import { addCatalogueSection } from '../../i18n/add-catalogue-section';
import { useAtlasStore } from '../../store/atlas-store';
import { useOpenEvent } from '../../map/controller/use-open-event';
import { useCorrectedOn } from '../../data/use-corrections';
import { useEventById, useEventsQuery } from '../../data/use-dataset';
import { formatShortDay } from '../../i18n/format';
import { AttackTally } from './AttackTally';
import { Casualties } from './Casualties';
import { CopyLinkButton } from './CopyLinkButton';
import { EventWhen } from './EventWhen';
import { Location } from './Location';
import { Sources } from './Sources';
import { Statements } from './Statements';
import { useCloseWithFocusReturn } from './use-close-with-focus-return';

const messagesLoaded = addCatalogueSection(section);

export function EventDetailPanel({ id }: { id: string }) {
  use(messagesLoaded);
  const t = useT();
  const event = useEventById(id);
  const query = useEventsQuery();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const close = useCloseWithFocusReturn(id);
  const correctedOn = useCorrectedOn(id);
  const openEvent = useOpenEvent();

  // An embed must not pull focus out of the article: only a reader already inside it is moved.
  useEffect(() => {
    const embedded = useAtlasStore.getState().mode === 'embed';
    if (!embedded || document.hasFocus()) headingRef.current?.focus({ preventScroll: true });
  }, [id]);

  if (!event) {
    if (query.isPending) return <p className="detail">{t('loading.incident')}</p>;
    return (
      <section
        className="detail"
        aria-label={query.isError ? t('details.notLoadedLabel') : t('details.notFoundLabel')}
      >
        {/* The failure itself, with Retry, is said above the panel by DataStatus. */}
        <p>{query.isError ? t('details.notLoaded') : t('details.notFound', { id })}</p>
        <button type="button" className="button" onClick={close}>
          {t('details.showAll')}
        </button>
      </section>
    );
  }

  const p = event.properties;
  const open = (relatedId: string) => openEvent(relatedId, { fly: true });
  const facts: [MessageId, string | undefined][] = [
    ['details.perpetrator', p.perpetrator],
    ['details.claimedBy', p.claimedBy],
    ['details.attributedTo', p.attributedTo],
    ['details.target', p.target],
  ];

  return (
    <article className="detail" aria-labelledby="detail-title">
      <div className="detail__bar">
        <button type="button" className="button button--quiet" onClick={close}>
          {t('details.back')}
        </button>
        <CopyLinkButton />
      </div>
      <p className="detail__kicker">
        {t('details.kicker', {
          category: t(CATEGORY_LABEL[p.category]),
          thread: p.thread ? t(THREAD_LABEL[p.thread]) : t('details.contextKicker'),
        })}
      </p>
      <h2 id="detail-title" ref={headingRef} tabIndex={-1} data-content="" dir="auto">
        {p.title}
      </h2>
      {correctedOn && (
        <p className="detail__corrected">{t('details.correctedOn', { date: formatShortDay(correctedOn) })}</p>
      )}
      <dl className="detail__facts">
        <dt>{t('details.when')}</dt>
        <dd>
          <EventWhen event={p} />
        </dd>
        <dt>{t('details.where')}</dt>
        <dd>
          <Location event={p} />
        </dd>
        {facts.map(([label, value]) =>
          value ? (
            <div key={label} className="detail__fact">
              <dt>{t(label)}</dt>
              <dd>{value}</dd>
            </div>
          ) : null,
        )}
      </dl>
      {p.kind === 'context' && <p className="detail__context-note">{t('details.contextNote')}</p>}
      <p className="detail__summary" data-content="" dir="auto">
        {p.summary}
      </p>
      <Statements event={p} />
      <Casualties event={p} />
      <AttackTally event={p} />
      <Sources sources={p.sources} />
      {p.related && p.related.length > 0 && (
        <section className="detail__section" aria-labelledby="related-title">
          <h3 id="related-title">{t('details.related')}</h3>
          <ul className="detail__related">
            {p.related.map((relatedId) => (
              <RelatedButton key={relatedId} id={relatedId} onOpen={open} />
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function RelatedButton({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const event = useEventById(id);
  if (!event) return null;
  return (
    <li>
      <button type="button" className="button button--link" onClick={() => onOpen(id)}>
        {event.properties.title}
      </button>
    </li>
  );
}
