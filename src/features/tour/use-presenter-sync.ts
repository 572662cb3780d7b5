import { useEffect, useRef, useState } from 'react';
import { openPresenterLink, type PresenterLink } from './presenter-channel';

export function usePresenterSync(
  step: number,
  goToChapter: (step: number) => void,
  /** A window that does not know its chapter yet must not send one. */
  ready: boolean,
): boolean {
  const link = useRef<PresenterLink | null>(null);
  const latest = useRef({ step, goToChapter });
  const [partner, setPartner] = useState(false);
  useEffect(() => {
    latest.current = { step, goToChapter };
  });

  useEffect(() => {
    if (!ready) return;
    const opened = openPresenterLink((message) => {
      if (message.type === 'goodbye') return setPartner(false);
      setPartner(true);
      if (message.type === 'hello') opened?.send({ type: 'step', step: latest.current.step });
      else if (message.step !== latest.current.step) latest.current.goToChapter(message.step);
    });
    link.current = opened;
    opened?.send({ type: 'hello' });
    const onUnload = () => opened?.close();
    window.addEventListener('pagehide', onUnload);
    return () => {
      window.removeEventListener('pagehide', onUnload);
      opened?.close();
      link.current = null;
    };
  }, [ready]);

  useEffect(() => {
    link.current?.send({ type: 'step', step });
  }, [step]);

  return partner;
}
