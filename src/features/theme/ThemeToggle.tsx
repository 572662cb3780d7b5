import { useAtlasStore } from '../../store/atlas-store';
import { selectThemePreference } from '../../store/selectors';
import type { ThemePreference } from '../../store/view-slice';

const choices: { value: ThemePreference; label: string }[] = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeToggle() {
  const preference = useAtlasStore(selectThemePreference);
  const setThemePreference = useAtlasStore((state) => state.setThemePreference);
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">Colour theme</legend>
      {choices.map(({ value, label }) => (
        <label key={value} className="segmented__option">
          <input
            type="radio"
            name="theme"
            value={value}
            checked={preference === value}
            onChange={() => setThemePreference(value)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
