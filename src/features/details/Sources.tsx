import type { Source } from '../../data/primitives';
import { formatShortDay } from '../../i18n/format';

/** Links open in a new tab and carry no referrer: the reader's path through the atlas is nobody's business. */
export function Sources({ sources }: { sources: readonly Source[] }) {
  return (
    <section className="detail__section" aria-labelledby="sources-title">
      <h3 id="sources-title">Sources</h3>
      <ul className="detail__sources">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
            <span className="muted">
              {' '}
              — {source.publisher}
              {source.date ? `, ${formatShortDay(source.date)}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
