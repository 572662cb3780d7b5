import type { EventProperties } from '../../data/event-schema';
import { formatShortDay } from '../../i18n/format';

const number = (value: number | undefined) => (value === undefined ? '—' : value.toLocaleString('en'));

/** Best current figures with their date, and every earlier figure the sources gave. */
export function Casualties({ event }: { event: EventProperties }) {
  const { killed, injured, casualtiesAsOf, casualtyNote, casualtyRevisions } = event;
  const hasFigures = killed !== undefined || injured !== undefined;
  if (!hasFigures && !casualtyNote && !casualtyRevisions?.length) return null;
  return (
    <section className="detail__section" aria-labelledby="casualties-title">
      <h3 id="casualties-title">Casualties</h3>
      {hasFigures ? (
        <p className="detail__figures">
          {killed !== undefined && <span>{number(killed)} killed</span>}
          {injured !== undefined && <span>{number(injured)} injured</span>}
          {casualtiesAsOf && <span className="muted">as of {formatShortDay(casualtiesAsOf)}</span>}
        </p>
      ) : (
        <p className="muted">No confirmed figures.</p>
      )}
      {casualtyNote && <p>{casualtyNote}</p>}
      {casualtyRevisions && casualtyRevisions.length > 0 && (
        <table className="detail__table">
          <caption>How the reported toll changed</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Killed</th>
              <th scope="col">Injured</th>
              <th scope="col">Reported by</th>
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
                  {revision.source}
                  {revision.note ? ` (${revision.note})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
