import { Suspense, useRef, useState } from 'react';
import { useStory } from '../../data/use-story';
import { useT } from '../../i18n';
import type { UrlState } from '../../lib/url-state';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { retryableLazy } from '../../ui/retryable-lazy';

// Few readers embed: the builder and its words load on the first open, or when the pointer comes near.
const loadBuilder = () => import('./EmbedBuilder');
const EmbedBuilder = retryableLazy(() => loadBuilder().then((module) => module.EmbedBuilder));
const prefetch = () => void loadBuilder().catch(() => undefined);

interface EmbedButtonProps {
  /** Read when the builder opens: the camera moves without re-rendering anything. */
  view: () => UrlState;
}

export function EmbedButton({ view }: EmbedButtonProps) {
  const t = useT();
  const story = useStory();
  const [openedWith, setOpenedWith] = useState<UrlState | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpenedWith(null);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="shell__embed"
        aria-haspopup="dialog"
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={() => setOpenedWith(view())}
      >
        {t('app.embed')}
      </button>
      {openedWith && (
        <ErrorBoundary failure="errors.embedBuilder">
          <Suspense fallback={null}>
            <EmbedBuilder
              view={openedWith}
              storyTitle={story?.title ?? t('app.title')}
              chapters={story?.chapters ?? []}
              onClose={close}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
