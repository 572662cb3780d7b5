import { useId } from 'react';
import { useAtlasStore } from '../../store/atlas-store';
import { PLAY_MODES, PLAY_SPEEDS, type PlayMode, type PlaySpeed } from '../../store/playback-slice';
import type { TimeDisplay } from '../../lib/event-time';

const MODE_LABEL: Record<PlayMode, string> = { cumulative: 'Cumulative', window: 'Moving window' };
const DISPLAY_LABEL: Record<TimeDisplay, string> = { local: 'Local time', utc: 'UTC' };

/** Speed, mode, camera-follow and the time display: set once, so they sit behind one disclosure. */
export function PlaybackOptions() {
  const id = useId();
  const speed = useAtlasStore((state) => state.playSpeed);
  const mode = useAtlasStore((state) => state.playMode);
  const follow = useAtlasStore((state) => state.followOnMap);
  const timeDisplay = useAtlasStore((state) => state.timeDisplay);
  const store = useAtlasStore.getState;
  return (
    <div className="timeline__options">
      <label className="timeline__field">
        <span>Speed</span>
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
        <span>Play as</span>
        <select value={mode} onChange={(event) => store().setPlayMode(event.target.value as PlayMode)}>
          {PLAY_MODES.map((value) => (
            <option key={value} value={value}>
              {MODE_LABEL[value]}
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
        Follow on map
      </label>
      <fieldset className="segmented timeline__tz">
        <legend className="visually-hidden">Show times</legend>
        {(['local', 'utc'] as const).map((value) => (
          <label key={value} className="segmented__option">
            <input
              type="radio"
              name={`${id}-tz`}
              value={value}
              checked={timeDisplay === value}
              onChange={() => store().setTimeDisplay(value)}
            />
            <span>{DISPLAY_LABEL[value]}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
