import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';

export function DetailCard({ children }: { children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  return (
    <section className="embed-card" data-open={open || undefined} aria-label={t('embed.cardLabel')}>
      <button
        type="button"
        className="button button--quiet embed-card__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        {open ? t('embed.cardFold') : t('embed.cardShow')}
      </button>
      <div id={bodyId} className="embed-card__body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
