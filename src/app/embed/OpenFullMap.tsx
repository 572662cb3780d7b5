import type { MouseEvent } from 'react';
import { useT } from '../../i18n';
import { fullMapSearch } from '../url-sync';

// Relative to embed.html, so the link keeps working when the atlas is hosted under a sub-path.
const fullMapHref = () => new URL(`./${fullMapSearch()}`, window.location.href).href;

export function OpenFullMap() {
  const t = useT();
  // Camera moves do not re-render, so the href is read when used.
  const refresh = (event: MouseEvent<HTMLAnchorElement> | React.FocusEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = fullMapHref();
  };
  return (
    <p className="embed__credits">
      <span>{t('embed.credits')}</span>
      <a
        className="embed__full-map"
        href={fullMapHref()}
        target="_blank"
        rel="noopener"
        onClick={refresh}
        onFocus={refresh}
        onPointerDown={refresh}
        onContextMenu={refresh}
      >
        {t('embed.openFullMap')}
      </a>
    </p>
  );
}
