import type { I18n } from '@lingui/core';
import type english from './locales/en.json';

export type MessageId = keyof typeof english;

/**
 * Placeholder values a message reads: numbers for plurals and number formats, strings for text and selects, and
 * a whole message (a record's problem inside the line that names the record), translated before it is placed.
 */
export type MessageValues = Record<string, string | number | Date | MessageDescriptor | undefined>;

/** A message chosen now and translated where it is shown (data and map code hand these to the UI). */
export interface MessageDescriptor {
  id: MessageId;
  values?: MessageValues;
}

/**
 * A message to translate later, where it is shown. Free of the runtime, so the data checks that
 * `npm run validate-data` runs in Node choose their words the same way the app does.
 */
export const msg = (id: MessageId, values?: MessageValues): MessageDescriptor => ({ id, values });

const isDescriptor = (value: unknown): value is MessageDescriptor =>
  typeof value === 'object' && value !== null && !(value instanceof Date) && 'id' in value;

/** Says a message through one runtime: the app's (the reader's language) or the command line's (English). */
export function render(runtime: I18n, message: MessageDescriptor): string {
  const values = message.values;
  if (!values) return runtime._(message.id);
  const said = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      isDescriptor(value) ? render(runtime, value) : value,
    ]),
  );
  return runtime._(message.id, said);
}
