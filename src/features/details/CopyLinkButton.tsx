import { useState } from 'react';
import { useT } from '../../i18n';
import { currentViewHref } from '../../lib/address-bar';

/** Copies the address bar, which holds the current view once any pending write is made (see docs/URL.md). */
export function CopyLinkButton() {
  const t = useT();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(currentViewHref());
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('copyLink.button')}
      </button>
      <span role="status" className="detail__copy-status">
        {status === 'copied' && t('copyLink.copied')}
        {status === 'failed' && (
          <>
            {t('copyLink.failed')}{' '}
            <input
              readOnly
              value={window.location.href}
              aria-label={t('copyLink.fieldLabel')}
              onFocus={(e) => e.currentTarget.select()}
            />
          </>
        )}
      </span>
    </>
  );
}
