import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { Chapter } from '../../data/chapter-schema';
import { useAtlasStore } from '../../store/atlas-store';
import { ChapterQr } from './ChapterQr';
import { ChapterText } from './ChapterText';
import { clampStep, type PresentIntent } from './present-keys';
import { presenterChannelSupported } from './presenter-channel';
import { useT } from '../../i18n';
import { inFullscreen, useFullscreen } from './use-fullscreen';
import { usePresentKeys } from './use-present-keys';
import { useSwipe } from './use-swipe';

interface PresentationProps {
  chapters: readonly Chapter[];
  step: number;
  settled: boolean;
  map: ReactNode;
  timeline?: ReactNode;
  link: string;
  onPresenterView: () => void;
  onPrintHandout: () => void;
  preparing: { done: number; count: number } | null;
  onLeave: () => void;
}

export function Presentation(props: PresentationProps) {
  const { chapters, step, settled, map, timeline, link } = props;
  const t = useT();
  const count = chapters.length;
  const chapter = chapters[step - 1];
  // A blank screen is this window's alone: not in the link, not sent to the presenter view.
  const [blank, setBlank] = useState<'black' | 'white' | null>(null);
  const [fullscreen, toggleFullscreen] = useFullscreen();
  const [qrOpen, setQrOpen] = useState(false);
  const panel = useRef<HTMLElement>(null);

  const go = useCallback(
    (target: number) => {
      setBlank(null);
      useAtlasStore.getState().goToChapter(clampStep(target, count));
    },
    [count],
  );
  const onIntent = (intent: PresentIntent) => {
    switch (intent.kind) {
      case 'next':
        return go(step + 1);
      case 'previous':
        return go(step - 1);
      case 'first':
        return go(1);
      case 'last':
        return go(count);
      case 'jump':
        return go(intent.step);
      case 'start':
        return intent.fromCurrent ? setBlank(null) : go(1);
      case 'fullscreen':
        return toggleFullscreen();
      case 'blank':
        return setBlank(intent.colour);
      case 'unblank':
        return setBlank(null);
      case 'leave':
        // Where the browser hands Esc to the page in fullscreen, it still leaves fullscreen before the mode.
        return inFullscreen() ? toggleFullscreen() : props.onLeave();
    }
  };
  const digits = usePresentKeys(blank !== null || qrOpen, (intent) => {
    if (qrOpen) return setQrOpen(false);
    onIntent(intent);
  });
  useSwipe(
    panel,
    useCallback((direction) => go(direction === 'next' ? step + 1 : step - 1), [go, step]),
  );

  if (!chapter) return null;
  return (
    <div className="present" data-timeline={Boolean(chapter.timeline && timeline)}>
      <div className="present__map">{map}</div>
      <section ref={panel} className="present__panel" aria-live="polite">
        <ChapterText key={chapter.id} chapter={chapter} step={step} count={count} settled={settled} />
      </section>
      {chapter.timeline && timeline && <div className="present__timeline">{timeline}</div>}
      <nav className="present__controls" aria-label={t('present.controls')}>
        <button type="button" onClick={() => go(step - 1)} disabled={step <= 1}>
          <span aria-hidden="true">←</span> {t('present.previous')}
        </button>
        <button type="button" onClick={() => go(step + 1)} disabled={step >= count}>
          {t('present.next')} <span aria-hidden="true">→</span>
        </button>
        {props.preparing && (
          <p className="present__digits" role="status">
            {t('handout.preparing', props.preparing)}
          </p>
        )}
        {digits && (
          <p className="present__digits" role="status">
            {t('present.jumpTyped', { digits })}
          </p>
        )}
        <span className="present__spacer" />
        <button type="button" onClick={props.onPresenterView} disabled={!presenterChannelSupported()}>
          {presenterChannelSupported() ? t('present.presenterView') : t('present.presenterUnavailable')}
        </button>
        <button type="button" onClick={() => setQrOpen(true)}>
          {t('present.shareLink')}
        </button>
        <button type="button" onClick={props.onPrintHandout} disabled={props.preparing !== null}>
          {t('present.printHandout')}
        </button>
        <button type="button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
          {fullscreen ? t('present.exitFullscreen') : t('present.fullscreen')}
        </button>
        <button type="button" onClick={props.onLeave}>
          {t('present.leave')}
        </button>
      </nav>
      {qrOpen && (
        <div className="present__qr" role="dialog" aria-modal="true" aria-labelledby="qr-title">
          <h2 id="qr-title">{t('present.qrTitle')}</h2>
          <ChapterQr link={link} label={t('present.qrLabel', { step })} />
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- a modal dialog takes focus as it opens (WAI-ARIA APG) */}
          <button type="button" autoFocus onClick={() => setQrOpen(false)}>
            {t('present.close')}
          </button>
        </div>
      )}
      {blank && (
        <div className={`present__blank present__blank--${blank}`} role="status">
          <span className="visually-hidden">{t('present.blanked')}</span>
        </div>
      )}
    </div>
  );
}
