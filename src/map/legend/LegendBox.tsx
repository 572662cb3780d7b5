import { useId, useState } from 'react';
import { useT } from '../../i18n';
import '../overlays/map-overlays.css';
import type { LegendEntry } from './legend-entries';
import { LegendSample } from './LegendSample';

/** Phones keep the map clear: the legend is one tap away there. */
const NARROW = '(max-width: 600px)';

/** `auto`: open on wide screens, folded on phones. */
export type LegendPreset = 'auto' | 'open' | 'closed';

const opensAt = (preset: LegendPreset) =>
  preset === 'auto' ? !(window.matchMedia?.(NARROW).matches ?? false) : preset === 'open';

interface LegendBoxProps {
  entries: readonly LegendEntry[];
  preset: LegendPreset;
}

export function LegendBox({ entries, preset }: LegendBoxProps) {
  const t = useT();
  const listId = useId();
  const [open, setOpen] = useState(() => opensAt(preset));
  return (
    <section
      className="map-legend"
      data-open={open || undefined}
      data-map-cover={open || undefined}
      aria-label={t('legend.toggle')}
    >
      <button
        type="button"
        className="map-legend__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {t('legend.toggle')}
      </button>
      <div id={listId} className="map-legend__body" hidden={!open}>
        {entries.length ? (
          <ul className="map-legend__entries">
            {entries.map((entry) => (
              <li key={entry.key} data-entry={entry.key}>
                <LegendSample sample={entry.sample} />
                <span>{t(entry.label.id, entry.label.values)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="map-legend__empty">{t('legend.empty')}</p>
        )}
      </div>
    </section>
  );
}
