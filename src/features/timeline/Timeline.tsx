import { Msg, useT } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { lazy, Suspense, useState, type KeyboardEvent } from 'react';
import { prefetchWhenSettled } from '../../lib/prefetch-when-settled';
import { useAtlasStore } from '../../store/atlas-store';
import { PAD_X } from './geometry';
import { Presets } from './Presets';
import { TimelinePlot } from './TimelinePlot';
import { Transport } from './Transport';
import { useElementWidth } from './use-element-width';
import { usePlayback } from './use-playback';
import { NOTHING_SHOWN } from './shown-events';
import { useTimelineData } from './use-timeline-data';
import { WindowSummary } from './WindowSummary';
import './timeline.css';

const loadOptions = () => import('./PlaybackOptions');
const PlaybackOptions = lazy(() => loadOptions().then((module) => ({ default: module.PlaybackOptions })));
prefetchWhenSettled(loadOptions);

const NO_DAYS: string[] = [];
const OWNS_SPACE = 'button, input, select, textarea, summary, a[href], [contenteditable="true"]';

export function Timeline() {
  const t = useT();
  const [measureRef, width] = useElementWidth<HTMLDivElement>(800);
  const data = useTimelineData(Math.max(120, width - 2 * PAD_X));
  const playback = usePlayback(
    data?.shown.events ?? NOTHING_SHOWN.events,
    data?.days ?? NO_DAYS,
    data?.scale.firstDay ?? 0,
  );
  const speed = useAtlasStore((state) => state.playSpeed);
  const mode = useAtlasStore((state) => state.playMode);
  const [optionsOpen, setOptionsOpen] = useState(false);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== ' ' || (event.target as Element).closest(OWNS_SPACE)) return;
    event.preventDefault();
    playback.toggle();
  };

  return (
    // Not a control: the section hears Space bubbling up from the controls inside it, so the timeline plays
    // wherever focus is in it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above
    <section className="timeline" aria-label={t('timeline.label')} onKeyDown={onKeyDown}>
      <div className="timeline__bar">
        <Transport playback={playback} disabled={!data?.days.length} />
        <Presets />
        <WindowSummary shown={data?.shown ?? NOTHING_SHOWN} />
        <details className="timeline__more" onToggle={(event) => setOptionsOpen(event.currentTarget.open)}>
          <summary className="button">
            <Msg
              id="timeline.options"
              values={{ speed: formatNumber(speed), mode }}
              components={{ 0: <span className="count" /> }}
            />
          </summary>
          {optionsOpen && (
            <Suspense fallback={null}>
              <PlaybackOptions />
            </Suspense>
          )}
        </details>
      </div>
      <div ref={measureRef} className="timeline__measure">
        {data && (
          <TimelinePlot scale={data.scale} shown={data.shown} drawGlyphs={data.drawGlyphs} width={width} />
        )}
        {data?.scale.keptToScale ? (
          <p className="timeline__note">{t('timeline.keptToScale', { count: data.scale.keptToScale })}</p>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {playback.announcement}
      </p>
    </section>
  );
}
