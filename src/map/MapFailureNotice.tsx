import { Msg, useT, type MessageId } from '../i18n';
import type { ReactNode } from 'react';
import type { MapFailure } from './watch-map-health';

export type MapOutage = 'unsupported' | 'download' | 'start' | MapFailure;

const WHAT_FAILED: Record<MapOutage, MessageId> = {
  unsupported: 'mapFailure.unsupported',
  download: 'mapFailure.download',
  start: 'mapFailure.start',
  worker: 'mapFailure.worker',
  style: 'mapFailure.style',
  context: 'mapFailure.context',
};

interface MapFailureNoticeProps {
  outage: MapOutage;
  fallback?: ReactNode;
  /** Not offered when the browser lacks WebGL: trying again cannot help. */
  onRetry?: () => void;
}

export function MapFailureNotice({ outage, fallback, onRetry }: MapFailureNoticeProps) {
  const t = useT();
  return (
    <div
      className="map-frame map-frame--fallback"
      data-status={outage === 'unsupported' ? 'unsupported' : 'failed'}
    >
      <div className="map-notice" role="status">
        <p>
          <Msg
            id={fallback ? 'mapFailure.withFallback' : 'mapFailure.withoutFallback'}
            values={{ failure: t(WHAT_FAILED[outage]) }}
            components={{ 0: <strong /> }}
          />
        </p>
        {onRetry && outage !== 'unsupported' && (
          <button type="button" className="button" onClick={onRetry}>
            {t('mapFailure.retry')}
          </button>
        )}
      </div>
      {fallback}
    </div>
  );
}
