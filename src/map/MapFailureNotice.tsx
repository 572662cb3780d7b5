import type { ReactNode } from 'react';
import type { MapFailure } from './watch-map-health';

/** Every way the interactive map can fail to draw, as the reader experiences it. */
export type MapOutage = 'unsupported' | 'download' | 'start' | MapFailure;

const WHAT_FAILED: Record<MapOutage, string> = {
  unsupported: 'This browser cannot draw the interactive map (WebGL is switched off or unavailable).',
  download: 'The interactive map could not be downloaded from the server.',
  start: 'The interactive map could not start in this browser.',
  worker: 'The interactive map could not start: a script it needs did not load.',
  style: 'The interactive map could not load its basemap.',
  context: 'The browser stopped drawing the interactive map and did not resume.',
};

interface MapFailureNoticeProps {
  outage: MapOutage;
  /** The simpler map drawn in its place, if there is one. */
  fallback?: ReactNode;
  /** Offered when trying again can help (not when the browser lacks WebGL). */
  onRetry?(): void;
}

/** What the reader gets instead of the map: what failed, in plain words, and the static map with the list. */
export function MapFailureNotice({ outage, fallback, onRetry }: MapFailureNoticeProps) {
  return (
    <div
      className="map-frame map-frame--fallback"
      data-status={outage === 'unsupported' ? 'unsupported' : 'failed'}
    >
      <div className="map-notice" role="status">
        <p>
          <strong>{WHAT_FAILED[outage]}</strong> {fallback ? 'Here is a simpler one; ' : ''}every incident is
          also in the list.
        </p>
        {onRetry && outage !== 'unsupported' && (
          <button type="button" className="button" onClick={onRetry}>
            Try the interactive map again
          </button>
        )}
      </div>
      {fallback}
    </div>
  );
}
