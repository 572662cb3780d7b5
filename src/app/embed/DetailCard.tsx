import { useId, useState, type ReactNode } from 'react';

/** The open incident under the map, folded to its title bar on demand so the map keeps the frame. */
export function DetailCard({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  return (
    <section className="embed-card" data-open={open || undefined} aria-label="The open incident">
      <button
        type="button"
        className="button button--quiet embed-card__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Fold the details' : 'Show the details'}
      </button>
      <div id={bodyId} className="embed-card__body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
