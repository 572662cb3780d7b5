import { useT } from '../../i18n';
import { useStory } from '../../data/use-story';
import { useAtlasStore } from '../../store/atlas-store';
import { selectTimeWindow } from '../../store/selectors';
import type { TimeWindow } from '../../store/time-slice';

const same = (a: TimeWindow | null, b: TimeWindow | null) => a?.start === b?.start && a?.end === b?.end;

export function Presets() {
  const t = useT();
  const timeWindow = useAtlasStore(selectTimeWindow);
  const presets = useStory()?.presets ?? [];
  const choices: { label: string; window: TimeWindow | null }[] = [
    ...presets.map(({ label, from, to }) => ({ label, window: { start: from, end: to } })),
    { label: t('timeline.presetAll'), window: null },
  ];
  const takeWindow = useAtlasStore((state) => state.takeWindow);
  return (
    <div className="timeline__presets" role="group" aria-label={t('timeline.presets')}>
      {choices.map(({ label, window }) => (
        <button
          key={label}
          type="button"
          className="button timeline__chip"
          aria-pressed={same(window, timeWindow)}
          onClick={() => takeWindow(window)}
        >
          {window ? <bdi data-content="">{label}</bdi> : label}
        </button>
      ))}
    </div>
  );
}
