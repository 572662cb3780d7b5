import type { EventProperties } from '../../data/event-schema';
import { useT } from '../../i18n';
import { formatNumber, formatShortDay } from '../../i18n/format';

export function AttackTally({ event }: { event: EventProperties }) {
  const t = useT();
  const tally = event.attackCount;
  if (!tally?.length) return null;
  return (
    <section className="detail__section" aria-labelledby="tally-title">
      <h3 id="tally-title">{t('tally.heading')}</h3>
      <table className="detail__table">
        <caption>{t('tally.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tally.asOf')}</th>
            <th scope="col">{t('tally.attacks')}</th>
            <th scope="col">{t('tally.injured')}</th>
            <th scope="col">{t('tally.source')}</th>
          </tr>
        </thead>
        <tbody>
          {tally.map((row) => (
            <tr key={row.asOf}>
              <td>
                <time dateTime={row.asOf}>{formatShortDay(row.asOf)}</time>
              </td>
              <td>
                {row.iraq !== undefined && row.syria !== undefined
                  ? t('tally.byCountry', { count: row.count, iraq: row.iraq, syria: row.syria })
                  : formatNumber(row.count)}
              </td>
              <td>{row.injured === undefined ? t('details.noFigure') : formatNumber(row.injured)}</td>
              <td>{row.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
