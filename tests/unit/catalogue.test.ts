import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  catalogueLocales,
  catalogueSection,
  compileCatalogue,
  LAZY_SECTIONS,
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

/** Ids at the places a message is asked for: t('…'), msg('…'), a schema's problemId('…'), <Msg id="…">. */
const CALL_SITES = [/\b(?:t|msg|problemId)\(\s*'([^']+)'/g, /<Msg\b[^>]*?\bid=["']([^"']+)["']/g];

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

/** The modules a file imports statically (type-only imports and `import()` excluded), as absolute paths. */
function staticImports(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?\bfrom\s+'(\.[^']+)'/gm),
    ...text.matchAll(/^import\s+'(\.[^']+)'/gm),
  ].map((match) => match[1]!);
  return specifiers.flatMap((specifier) => {
    const base = join(dirname(file), specifier);
    const found = ['.ts', '.tsx', '/index.ts', '/index.tsx']
      .map((end) => base + end)
      .find((path) => byFile.has(path));
    return found ? [found] : [];
  });
}

const byFile = new Map(code.map(({ file, text }) => [file, text]));

/** Every module the page loads before first paint: what the entries import, without lazy imports. */
function firstBundle(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file, byFile.get(file)!)) visit(next);
  };
  entries.forEach(visit);
  return seen;
}

describe('the messages a lazily loaded part brings with its chunk', () => {
  const sections = Object.keys(LAZY_SECTIONS);
  const importsSection = (text: string, name: string) =>
    text.includes(`'virtual:atlas-catalogue-section/${name}'`);

  it('are each some messages, brought by the part that shows them', () => {
    for (const name of sections) {
      expect(Object.keys(catalogueSection(english, name)), name).not.toEqual([]);
      expect(
        code.filter(({ text }) => importsSection(text, name)).map(({ file }) => file),
        name,
      ).not.toEqual([]);
    }
  });

  it('are never asked for by the first bundle, which would show their ids instead of words', () => {
    const first = firstBundle([join(SRC, 'main.tsx'), join(SRC, 'embed-main.tsx')]);
    const sectionOfId = new Map(
      sections.flatMap((name) =>
        Object.keys(catalogueSection(english, name)).map((id) => [id, name] as const),
      ),
    );
    const misplaced = [...first].flatMap((file) => {
      const text = byFile.get(file)!;
      return [...text.matchAll(/['"]([\w-]+(?:\.[\w-]+)+)['"]/g)]
        .map((match) => match[1]!)
        .filter((id) => sectionOfId.has(id) && !importsSection(text, sectionOfId.get(id)!))
        .map((id) => `${id} (${sectionOfId.get(id)}) in ${file.slice(SRC.length + 1)}`);
    });
    expect(first.size).toBeGreaterThan(20);
    expect(misplaced).toEqual([]);
  });
});
