import { useT, type MessageId } from '../../i18n';
import { useAtlasStore } from '../../store/atlas-store';
import { selectThemePreference } from '../../store/selectors';
import type { ThemePreference } from '../../store/view-slice';

const choices: { value: ThemePreference; label: MessageId }[] = [
  { value: 'system', label: 'theme.system' },
  { value: 'light', label: 'theme.light' },
  { value: 'dark', label: 'theme.dark' },
];

export function ThemeToggle() {
  const t = useT();
  const preference = useAtlasStore(selectThemePreference);
  const chooseTheme = useAtlasStore((state) => state.chooseTheme);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('theme.legend')}</legend>
      {choices.map(({ value, label }) => (
        <label key={value} className="segmented__option">
          <input
            type="radio"
            name="theme"
            value={value}
            checked={preference === value}
            onChange={() => chooseTheme(value)}
          />
          <span>{t(label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
