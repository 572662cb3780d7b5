import { useT, type MessageId } from '../../i18n';
import { useId } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { PLAY_MODES, PLAY_SPEEDS, type PlayMode, type PlaySpeed } from '../../store/playback-slice';
import type { TimeDisplay } from '../../lib/event-time';

const MODE_LABEL: Record<PlayMode, MessageId> = {
  cumulative: 'timeline.mode.cumulative',
  window: 'timeline.mode.window',
};
const DISPLAY_LABEL: Record<TimeDisplay, MessageId> = {
  local: 'timeline.time.local',
  utc: 'timeline.time.utc',
};
const TIME_DISPLAYS = ['local', 'utc'] as const satisfies readonly TimeDisplay[];

export function PlaybackOptions() {
  const t = useT();
  const id = useId();
  const speed = useAtlasStore((state) => state.playSpeed);
  const mode = useAtlasStore((state) => state.playMode);
  const follow = useAtlasStore((state) => state.followOnMap);
  const timeDisplay = useAtlasStore((state) => state.timeDisplay);
  const store = useAtlasStore.getState;
  return (
    <div className="timeline__options">
      <label className="timeline__field">
        <span>{t('timeline.speed')}</span>
        <select
          value={speed}
          onChange={(event) => store().setPlaySpeed(Number(event.target.value) as PlaySpeed)}
        >
          {PLAY_SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
      <label className="timeline__field">
        <span>{t('timeline.playAs')}</span>
        <select value={mode} onChange={(event) => store().setPlayMode(event.target.value as PlayMode)}>
          {PLAY_MODES.map((value) => (
            <option key={value} value={value}>
              {t(MODE_LABEL[value])}
            </option>
          ))}
        </select>
      </label>
      <label className="timeline__check">
        <input
          type="checkbox"
          checked={follow}
          onChange={(event) => store().setFollowOnMap(event.target.checked)}
        />
        {t('timeline.follow')}
      </label>
      <fieldset className="segmented timeline__tz">
        <legend className="visually-hidden">{t('timeline.showTimes')}</legend>
        {TIME_DISPLAYS.map((value) => (
          <label key={value} className="segmented__option">
            <input
              type="radio"
              name={`${id}-tz`}
              value={value}
              checked={timeDisplay === value}
              onChange={() => store().setTimeDisplay(value)}
            />
            <span>{t(DISPLAY_LABEL[value])}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
