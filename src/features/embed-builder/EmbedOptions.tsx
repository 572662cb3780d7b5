import { useId, useState, type ReactNode } from 'react';
import type { Chapter } from '../../data/chapter-schema';
import { isPseudoLocale, TRANSLATED_LOCALES, useT, type MessageId } from '../../i18n';
import { MAP_HEIGHT_RANGE } from '../../lib/embed/embed-params';
import type { EmbedChoice, EmbedPreset, EmbedTheme } from '../../lib/embed/embed-snippet';
import { languageName } from './language-name';

interface EmbedOptionsProps {
  choice: EmbedChoice;
  onChange: (choice: EmbedChoice) => void;
  chapters: readonly Chapter[];
}

const PRESETS: readonly { kind: EmbedPreset['kind']; label: MessageId; hint: MessageId }[] = [
  { kind: 'view', label: 'embedBuilder.presetView', hint: 'embedBuilder.presetViewHint' },
  { kind: 'chapter', label: 'embedBuilder.presetChapter', hint: 'embedBuilder.presetChapterHint' },
  { kind: 'tour', label: 'embedBuilder.presetTour', hint: 'embedBuilder.presetTourHint' },
];

const THEMES: readonly { theme: EmbedTheme; label: MessageId }[] = [
  { theme: 'auto', label: 'embedBuilder.themeAuto' },
  { theme: 'light', label: 'embedBuilder.themeLight' },
  { theme: 'dark', label: 'embedBuilder.themeDark' },
];

const DEFAULT_MAP_HEIGHT = 420;

function Choice({
  type,
  name,
  checked,
  disabled,
  label,
  hint,
  onChange,
}: {
  type: 'radio' | 'checkbox';
  name?: string;
  checked: boolean;
  disabled?: boolean;
  label: string;
  hint?: string;
  onChange: (checked: boolean) => void;
}) {
  const hintId = useId();
  return (
    <div className="embed-builder__choice">
      <label>
        <input
          type={type}
          name={name}
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{label}</span>
      </label>
      {hint && (
        <p id={hintId} className="embed-builder__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** A control with its label above it, named by that label alone (a wrapping label would add the value). */
function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="embed-builder__field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="embed-builder__group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

export function EmbedOptions({ choice, onChange, chapters }: EmbedOptionsProps) {
  const t = useT();
  const name = useId();
  const set = (change: Partial<EmbedChoice>) => onChange({ ...choice, ...change });
  const [fixedHeight, setFixedHeight] = useState(choice.height ?? DEFAULT_MAP_HEIGHT);
  const [chapterId, setChapterId] = useState(
    choice.preset.kind === 'chapter' ? choice.preset.chapter : (chapters[0]?.id ?? ''),
  );
  const presetOf = (kind: EmbedPreset['kind'], chapter: string): EmbedPreset =>
    kind === 'chapter' && chapter ? { kind, chapter } : kind === 'tour' ? { kind } : { kind: 'view' };
  const choosePreset = (kind: EmbedPreset['kind']) => set({ preset: presetOf(kind, chapterId) });
  const chooseChapter = (chapter: string) => {
    setChapterId(chapter);
    set({ preset: presetOf(choice.preset.kind, chapter) });
  };
  // A pseudo-locale is offered only to whoever is already reading in it (a tester).
  const languages = [
    ...TRANSLATED_LOCALES,
    ...(choice.lang && isPseudoLocale(choice.lang) ? [choice.lang] : []),
  ];

  return (
    <form className="embed-builder__options" onSubmit={(event) => event.preventDefault()}>
      <Group legend={t('embedBuilder.preset')}>
        {PRESETS.map(({ kind, label, hint }) => (
          <Choice
            key={kind}
            type="radio"
            name={`${name}-preset`}
            checked={choice.preset.kind === kind}
            disabled={kind !== 'view' && chapters.length === 0}
            label={t(label)}
            hint={t(hint)}
            onChange={() => choosePreset(kind)}
          />
        ))}
        <Field label={t('embedBuilder.chapter')}>
          {(id) => (
            <select
              id={id}
              value={chapterId}
              disabled={choice.preset.kind !== 'chapter'}
              onChange={(event) => chooseChapter(event.target.value)}
            >
              {chapters.map((chapter, index) => (
                <option key={chapter.id} value={chapter.id}>
                  {t('embedBuilder.chapterOption', { number: index + 1, title: chapter.title })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </Group>

      <Group legend={t('embedBuilder.theme')}>
        {THEMES.map(({ theme, label }) => (
          <Choice
            key={theme}
            type="radio"
            name={`${name}-theme`}
            checked={choice.theme === theme}
            label={t(label)}
            onChange={() => set({ theme })}
          />
        ))}
      </Group>

      <Group legend={t('embedBuilder.height')}>
        <Choice
          type="radio"
          name={`${name}-height`}
          checked={choice.height === null}
          label={t('embedBuilder.heightAspect')}
          onChange={() => set({ height: null })}
        />
        <Choice
          type="radio"
          name={`${name}-height`}
          checked={choice.height !== null}
          label={t('embedBuilder.heightFixed')}
          onChange={() => set({ height: fixedHeight })}
        />
        <Field label={t('embedBuilder.heightPixels', MAP_HEIGHT_RANGE)}>
          {(id) => (
            <MapHeightInput
              id={id}
              height={fixedHeight}
              disabled={choice.height === null}
              onChange={(height) => {
                setFixedHeight(height);
                set({ height });
              }}
            />
          )}
        </Field>
      </Group>

      <Group legend={t('embedBuilder.reading')}>
        <Choice
          type="checkbox"
          checked={choice.interactive}
          label={t('embedBuilder.interactive')}
          hint={t('embedBuilder.interactiveHint')}
          onChange={(interactive) => set({ interactive })}
        />
        <Choice
          type="checkbox"
          checked={choice.legendOpen}
          label={t('embedBuilder.legendOpen')}
          onChange={(legendOpen) => set({ legendOpen })}
        />
        <Field label={t('embedBuilder.language')}>
          {(id) => (
            <select
              id={id}
              value={choice.lang ?? ''}
              onChange={(event) => set({ lang: event.target.value || null })}
            >
              <option value="">{t('embedBuilder.languageReader')}</option>
              {languages.map((locale) => (
                <option key={locale} value={locale}>
                  {languageName(locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </Group>
    </form>
  );
}

/** Only a height the embed accepts reaches the link; typing "4" on the way to "420" changes nothing. */
function MapHeightInput({
  id,
  height,
  disabled,
  onChange,
}: {
  id: string;
  height: number;
  disabled: boolean;
  onChange: (height: number) => void;
}) {
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      min={MAP_HEIGHT_RANGE.min}
      max={MAP_HEIGHT_RANGE.max}
      step={10}
      disabled={disabled}
      defaultValue={height}
      onChange={(event) => {
        const value = Number(event.target.value);
        if (Number.isInteger(value) && value >= MAP_HEIGHT_RANGE.min && value <= MAP_HEIGHT_RANGE.max)
          onChange(value);
      }}
    />
  );
}
