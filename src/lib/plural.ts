const english = new Intl.PluralRules('en');

export interface PluralForms {
  one: string;
  other: string;
}

/**
 * The sentence for a count in the grammatical form the count asks for; `#` is the count, grouped. Forms are whole
 * phrases, never a noun with an "s" glued on, so a catalogue can take them over as they are.
 */
export function plural(count: number, forms: PluralForms): string {
  const form = english.select(count) === 'one' ? forms.one : forms.other;
  return form.replaceAll('#', count.toLocaleString('en'));
}
