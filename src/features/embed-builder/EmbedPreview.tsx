import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { initialFrameHeight } from '../../lib/embed/embed-snippet';
import { useContentWidth } from './use-content-width';

const WIDTHS = [320, 600, 900] as const;
type Width = (typeof WIDTHS)[number];

interface EmbedPreviewProps {
  src: string;
  title: string;
  mapHeight: number | null;
  /** Esc pressed inside the preview, which the embed left unused: the dialog's Esc, as anywhere else in it. */
  onEscape: () => void;
}

/**
 * A key pressed in a frame never reaches the page around it, so the dialog would not hear Esc. The preview is on
 * the builder's own origin (embed.html beside the page), whose window the builder may listen to.
 */
function useEscapeInFrame(onEscape: () => void): (frame: HTMLIFrameElement) => void {
  const latest = useRef(onEscape);
  useEffect(() => void (latest.current = onEscape));
  const listening = useRef<Window | null>(null);
  const onKey = useRef((event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) latest.current();
  });
  useEffect(() => () => listening.current?.removeEventListener('keydown', onKey.current), []);
  return (frame) => {
    listening.current?.removeEventListener('keydown', onKey.current);
    listening.current = null;
    try {
      const view = frame.contentWindow;
      // Reading the frame's document throws if it is not on this origin; then there is nothing to listen to.
      if (!view?.document) return;
      view.addEventListener('keydown', onKey.current);
      listening.current = view;
    } catch {
      listening.current = null;
    }
  };
}

/** The embed itself in a frame of the chosen width, as tall as it says it is (the same message embed.js reads). */
export function EmbedPreview({ src, title, mapHeight, onEscape }: EmbedPreviewProps) {
  const t = useT();
  const name = useId();
  const headingId = useId();
  const frame = useRef<HTMLIFrameElement>(null);
  const [width, setWidth] = useState<Width>(600);
  const [stage, room] = useContentWidth<HTMLDivElement>(width);
  const [reported, setReported] = useState<{ src: string; height: number } | null>(null);
  const listenForEscape = useEscapeInFrame(onEscape);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== frame.current?.contentWindow || event.origin !== window.location.origin) return;
      if (typeof data !== 'object' || data === null) return;
      const { atlas, event: kind, height } = data as Record<string, unknown>;
      if (atlas === 1 && kind === 'height' && typeof height === 'number' && height > 0 && height < 10_000)
        setReported({ src, height: Math.ceil(height) });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [src]);

  const height = reported?.src === src ? reported.height : initialFrameHeight(mapHeight);
  // The embed lays itself out at the width chosen; a narrower dialog shows it shrunk, never squeezed.
  const scale = Math.min(1, room / width);
  return (
    <section className="embed-builder__preview" aria-labelledby={headingId}>
      <div className="embed-builder__preview-head">
        <h3 id={headingId}>{t('embedBuilder.preview')}</h3>
        <fieldset className="embed-builder__widths">
          <legend className="visually-hidden">{t('embedBuilder.previewWidth')}</legend>
          {WIDTHS.map((option) => (
            <label key={option} className="embed-builder__width">
              <input
                type="radio"
                name={`${name}-width`}
                checked={width === option}
                onChange={() => setWidth(option)}
              />
              <span>{t('embedBuilder.previewPixels', { width: option })}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {scale < 1 && (
        <p className="embed-builder__hint">
          {t('embedBuilder.previewScaled', { percent: Math.round(scale * 100) })}
        </p>
      )}
      <div ref={stage} className="embed-builder__stage">
        <div className="embed-builder__sizer" style={{ width: width * scale, height: height * scale }}>
          <iframe
            ref={frame}
            className="embed-builder__frame"
            src={src}
            title={t('embedBuilder.previewTitle', { title })}
            width={width}
            height={height}
            referrerPolicy="strict-origin-when-cross-origin"
            onLoad={(event) => listenForEscape(event.currentTarget)}
            style={scale < 1 ? { transform: `scale(${scale})` } : undefined}
          />
        </div>
      </div>
    </section>
  );
}
