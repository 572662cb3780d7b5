import type { EventProperties } from '../../data/event-schema';
import { useT } from '../../i18n';
import { formatNumber, formatShortDay } from '../../i18n/format';

export function Casualties({ event }: { event: EventProperties }) {
  const t = useT();
  const number = (value: number | undefined) =>
    value === undefined ? t('details.noFigure') : formatNumber(value);
  const { killed, injured, casualtiesAsOf, casualtyNote, casualtyRevisions } = event;
  const hasFigures = killed !== undefined || injured !== undefined;
  if (!hasFigures && !casualtyNote && !casualtyRevisions?.length) return null;
  return (
    <section className="detail__section" aria-labelledby="casualties-title">
      <h3 id="casualties-title">{t('casualties.heading')}</h3>
      {hasFigures ? (
        <p className="detail__figures">
          {killed !== undefined && <span>{t('casualties.killed', { count: killed })}</span>}
          {injured !== undefined && <span>{t('casualties.injured', { count: injured })}</span>}
          {casualtiesAsOf && (
            <span className="muted">{t('casualties.asOf', { date: formatShortDay(casualtiesAsOf) })}</span>
          )}
        </p>
      ) : (
        <p className="muted">{t('casualties.none')}</p>
      )}
      {casualtyNote && <p>{casualtyNote}</p>}
      {casualtyRevisions && casualtyRevisions.length > 0 && (
        <table className="detail__table">
          <caption>{t('casualties.revisions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('casualties.date')}</th>
              <th scope="col">{t('casualties.killedColumn')}</th>
              <th scope="col">{t('casualties.injuredColumn')}</th>
              <th scope="col">{t('casualties.reportedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {casualtyRevisions.map((revision, index) => (
              <tr key={`${revision.date}-${index}`}>
                <td>
                  <time dateTime={revision.date}>{formatShortDay(revision.date)}</time>
                </td>
                <td>{number(revision.killed)}</td>
                <td>{number(revision.injured)}</td>
                <td>
                  {revision.note
                    ? t('casualties.sourceWithNote', { source: revision.source, note: revision.note })
                    : revision.source}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
