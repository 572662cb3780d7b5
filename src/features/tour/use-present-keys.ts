import { useEffect, useRef, useState } from 'react';
import { isTextField, readKey, type PresentIntent } from './present-keys';

export function usePresentKeys(blanked: boolean, onIntent: (intent: PresentIntent) => void): string {
  const [digits, setDigits] = useState('');
  const latest = useRef({ blanked, onIntent, digits });
  useEffect(() => {
    latest.current = { blanked, onIntent, digits };
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target)) return;
      const { intent, digits: next } = readKey(event, latest.current.digits, latest.current.blanked);
      latest.current.digits = next;
      setDigits(next);
      if (!intent) return;
      // A button keeps its own Enter and Space: "Show the answer" must not also turn the page.
      const onButton =
        event.target instanceof HTMLElement && event.target.closest('button, a[href], summary');
      if (onButton && (event.key === 'Enter' || event.key === ' ') && intent.kind === 'next') return;
      event.preventDefault();
      latest.current.onIntent(intent);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return digits;
}
