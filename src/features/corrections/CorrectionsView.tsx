import { useState } from 'react';
import { useCorrections } from '../../data/use-corrections';
import { useEventById } from '../../data/use-dataset';
import { useT } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { useOpenEvent } from '../../map/controller/use-open-event';

export function CorrectionsView() {
  const t = useT();
  const corrections = useCorrections();
  // Drawn only once opened: a long log of buttons that nobody asked for would weigh on every list render.
  const [open, setOpen] = useState(false);
  if (!corrections.length) return null;
  return (
    <details className="corrections" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="panel-heading">{t('corrections.heading', { count: corrections.length })}</summary>
      {open && (
        <ol className="corrections__list">
          {corrections.map((correction, index) => (
            <li key={index} className="corrections__item">
              <p className="corrections__meta">
                <time dateTime={correction.date}>{formatShortDay(correction.date)}</time> ·{' '}
                {t('corrections.meta', { version: correction.version })}
              </p>
              <ul className="corrections__records">
                {correction.records.map((id) => (
                  <RecordLink key={id} id={id} />
                ))}
              </ul>
              <p>{correction.text}</p>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

/** Places have no panel, so a corrected place is only named. */
function RecordLink({ id }: { id: string }) {
  const t = useT();
  const event = useEventById(id);
  const openEvent = useOpenEvent();
  if (!event) return <li className="muted">{t('corrections.place', { id })}</li>;
  const open = () => openEvent(id, { fly: true });
  return (
    <li>
      <button type="button" className="button button--link" onClick={open}>
        {event.properties.title}
      </button>
    </li>
  );
}
