import type { Messages } from '@lingui/core';
import type { CompiledMessage } from '@lingui/message-utils/compileMessage';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!,
  ]),
);
const VOWEL = /[aeiouyAEIOUY]/;
// Component tags (<0>, </0>, <0/>) and a plural's "#" are syntax, not text.
const SYNTAX = /(<\/?\d+\/?>|#)/;

function accent(text: string): string {
  return text
    .split(SYNTAX)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : [...part].map((char) => (ACCENTED[char] ?? char).repeat(VOWEL.test(char) ? 2 : 1)).join(''),
    )
    .join('');
}

/** A run's end spaces stay outside the override, so "{count} incidents" keeps its space. */
const rtl = (text: string) =>
  text
    .split(SYNTAX)
    .map((part, index) =>
      index % 2 === 1 || !part.trim() ? part : part.replace(/^(\s*)(.*?)(\s*)$/su, '$1\u202e$2\u202c$3'),
    )
    .join('');

function mapText(
  message: string | CompiledMessage,
  change: (text: string) => string,
): string | CompiledMessage {
  if (typeof message === 'string') return change(message);
  return message.map((token) => {
    if (typeof token === 'string') return change(token);
    const [name, type, format] = token;
    if (format && typeof format === 'object')
      return [
        name,
        type,
        Object.fromEntries(
          Object.entries(format).map(([key, branch]) => [
            key,
            typeof branch === 'string' || Array.isArray(branch)
              ? mapText(branch as string | CompiledMessage, change)
              : branch,
          ]),
        ),
      ];
    return token;
  });
}

export function pseudoCatalogue(locale: string, english: Messages) {
  const change = locale === 'ar-XB' ? rtl : accent;
  const messages = Object.fromEntries(
    Object.entries(english).map(([id, message]) => [id, mapText(message, change)]),
  );
  return {
    messages,
    intl: locale === 'ar-XB' ? 'ar' : 'en-GB',
    decorate: locale === 'ar-XB' ? (text: string) => text : accent,
  };
}
