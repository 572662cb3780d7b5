import type { EventProperties } from '../../data/event-schema';
import { formatShortDay } from '../../i18n/format';

/** A running count as it was reported over time: each row is one as-of date with its source. */
export function AttackTally({ event }: { event: EventProperties }) {
  const tally = event.attackCount;
  if (!tally?.length) return null;
  return (
    <section className="detail__section" aria-labelledby="tally-title">
      <h3 id="tally-title">Running count</h3>
      <table className="detail__table">
        <caption>Attacks reported, by date</caption>
        <thead>
          <tr>
            <th scope="col">As of</th>
            <th scope="col">Attacks</th>
            <th scope="col">Injured</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {tally.map((row) => (
            <tr key={row.asOf}>
              <td>
                <time dateTime={row.asOf}>{formatShortDay(row.asOf)}</time>
              </td>
              <td>
                {row.count}
                {row.iraq !== undefined && row.syria !== undefined
                  ? ` (Iraq ${row.iraq}, Syria ${row.syria})`
                  : ''}
              </td>
              <td>{row.injured ?? '—'}</td>
              <td>{row.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
