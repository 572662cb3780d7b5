import type { MouseEvent } from 'react';
import { fullMapSearch } from '../url-sync';

const fullMapHref = () => new URL(`${window.location.pathname}${fullMapSearch()}`, window.location.href).href;

/** A new tab with the full atlas in the embed's current state; the embed itself never writes history. */
export function OpenFullMap() {
  // The state changes while the link sits still (camera moves do not re-render), so the href is read when used.
  const refresh = (event: MouseEvent<HTMLAnchorElement> | React.FocusEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = fullMapHref();
  };
  return (
    <p className="embed__credits">
      <span>Flashpoint Atlas · every incident with its sources</span>
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
        Open the full map
      </a>
    </p>
  );
}
