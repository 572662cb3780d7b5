import { useAtlasStore } from '../../store/atlas-store';
import { selectTimeWindow } from '../../store/selectors';
import type { TimeWindow } from '../../store/time-slice';

const PRESETS: { label: string; window: TimeWindow | null }[] = [
  { label: 'Jan 2020', window: { start: '2020-01-01', end: '2020-01-31' } },
  { label: 'Oct 2023 – Jan 2024', window: { start: '2023-10-01', end: '2024-01-31' } },
  { label: 'All', window: null },
];

const same = (a: TimeWindow | null, b: TimeWindow | null) => a?.start === b?.start && a?.end === b?.end;

export function Presets() {
  const timeWindow = useAtlasStore(selectTimeWindow);
  const choose = (window: TimeWindow | null) => {
    const store = useAtlasStore.getState();
    store.setPlaying(false);
    store.setPlayhead(null);
    store.setTimeWindow(window);
  };
  return (
    <div className="timeline__presets" role="group" aria-label="Time window presets">
      {PRESETS.map(({ label, window }) => (
        <button
          key={label}
          type="button"
          className="button timeline__chip"
          aria-pressed={same(window, timeWindow)}
          onClick={() => choose(window)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
