import type english from './locales/en.json';

/** Every message id the English catalogue defines; using any other is a type error. */
export type MessageId = keyof typeof english;

/** Placeholder values a message reads: numbers for plurals and number formats, strings for text and selects. */
export type MessageValues = Record<string, string | number | Date | undefined>;

/** A message chosen now and translated where it is shown (data and map code hand these to the UI). */
export interface MessageDescriptor {
  id: MessageId;
  values?: MessageValues;
}
