import { useState } from 'react';
import { currentViewHref } from '../../lib/address-bar';

/** Copies the address bar, which holds the current view once any pending write is made (see docs/URL.md). */
export function CopyLinkButton() {
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
      <button type="button" className="button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="detail__copy-status">
        {status === 'copied' && 'Link copied.'}
        {status === 'failed' && (
          <>
            Copy this link:{' '}
            <input
              readOnly
              value={window.location.href}
              aria-label="Link to this view"
              onFocus={(e) => e.currentTarget.select()}
            />
          </>
        )}
      </span>
    </>
  );
}
