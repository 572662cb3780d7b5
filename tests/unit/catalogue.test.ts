import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  catalogueLocales,
  compileCatalogue,
  readCatalogue,
  SOURCE_LOCALE,
} from '../../scripts/i18n/catalogue-plugin';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const code = sourceFiles(SRC).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const english = readCatalogue(SOURCE_LOCALE);

/** Ids at the places a message is asked for: t('…'), msg('…'), <Msg id="…">. */
const CALL_SITES = [/\b(?:t|msg)\(\s*'([^']+)'/g, /<Msg\b[^>]*?\bid=["']([^"']+)["']/g];

describe('the English catalogue, the source of every word on screen', () => {
  it('has every message id the code asks for', () => {
    const missing = code.flatMap(({ file, text }) =>
      CALL_SITES.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1]!))
        .filter((id) => !(id in english))
        .map((id) => `${id} (${file.slice(SRC.length + 1)})`),
    );
    expect(missing).toEqual([]);
  });

  it('has no message the code never uses', () => {
    const everything = code.map(({ text }) => text).join('\n');
    const unused = Object.keys(english).filter(
      (id) => !everything.includes(`'${id}'`) && !everything.includes(`"${id}"`),
    );
    expect(unused).toEqual([]);
  });

  it('is valid ICU MessageFormat in every locale, with no id the source does not have', () => {
    for (const locale of catalogueLocales()) {
      const messages = readCatalogue(locale);
      expect(() => compileCatalogue(messages, `${locale}.json`)).not.toThrow();
      expect(Object.keys(messages).filter((id) => !(id in english))).toEqual([]);
    }
  });
});
