import { useT } from '../../i18n';
import { useAtlasStore } from '../../store/atlas-store';
import type { Playback } from './use-playback';

/** The bundled font has no media-control glyphs. */
const ICONS = {
  back: 'M3 2h2v12H3zM14 2v12L6 8z',
  play: 'M4 2l10 6-10 6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  forward: 'M11 2h2v12h-2zM2 2v12l8-6z',
};

function Icon({ path }: { path: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={path} fill="currentColor" />
    </svg>
  );
}

export function Transport({ playback, disabled }: { playback: Playback; disabled: boolean }) {
  const t = useT();
  const playing = useAtlasStore((state) => state.playing);
  return (
    <div className="timeline__transport" role="group" aria-label={t('timeline.playback')}>
      <button
        type="button"
        className="button timeline__button"
        onClick={playback.stepBack}
        disabled={disabled}
      >
        <Icon path={ICONS.back} />
        <span className="visually-hidden">{t('timeline.previousDay')}</span>
      </button>
      <button
        type="button"
        className="button timeline__button timeline__button--play"
        onClick={playback.toggle}
        disabled={disabled}
      >
        <Icon path={playing ? ICONS.pause : ICONS.play} />
        <span className="timeline__button-text">{playing ? t('timeline.pause') : t('timeline.play')}</span>
      </button>
      <button
        type="button"
        className="button timeline__button"
        onClick={() => playback.stepForward()}
        disabled={disabled}
      >
        <Icon path={ICONS.forward} />
        <span className="visually-hidden">{t('timeline.nextDay')}</span>
      </button>
    </div>
  );
}
