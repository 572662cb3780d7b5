import { useId, useRef, useState } from 'react';
import { useT } from '../../i18n';

interface SnippetFieldProps {
  label: string;
  hint: string;
  copyLabel: string;
  value: string;
}

type Copied = 'copied' | 'select' | null;

export function SnippetField({ label, hint, copyLabel, value }: SnippetFieldProps) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<{ value: string; state: Copied }>({ value, state: null });
  const state = copied.value === value ? copied.state : null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied({ value, state: 'copied' });
    } catch {
      // A browser that refuses the clipboard still lets the editor copy the selected text by hand.
      field.current?.select();
      setCopied({ value, state: 'select' });
    }
  };

  return (
    <div className="embed-builder__snippet">
      <label htmlFor={id} className="embed-builder__snippet-label">
        {label}
      </label>
      <p id={`${id}-hint`} className="embed-builder__hint">
        {hint}
      </p>
      <textarea
        ref={field}
        id={id}
        className="embed-builder__code"
        readOnly
        dir="ltr"
        spellCheck={false}
        rows={value.split('\n').length}
        value={value}
        aria-describedby={`${id}-hint`}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="embed-builder__copy">
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
        <span role="status" className="embed-builder__copied">
          {state === 'copied' && t('embedBuilder.copied')}
          {state === 'select' && t('embedBuilder.copyByHand')}
        </span>
      </div>
    </div>
  );
}
