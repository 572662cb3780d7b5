import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

/** Where the catalogues live: one flat JSON file per locale, message id → ICU MessageFormat text. */
export const CATALOGUE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/i18n/locales');
export const SOURCE_LOCALE = 'en';

const ONE = 'virtual:atlas-catalogue/';
const ALL = 'virtual:atlas-catalogues';

export function readCatalogue(locale: string, dir = CATALOGUE_DIR): Record<string, string> {
  return JSON.parse(readFileSync(resolve(dir, `${locale}.json`), 'utf8')) as Record<string, string>;
}

export function catalogueLocales(dir = CATALOGUE_DIR): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => basename(file, '.json'))
    .sort();
}

/** Compiles every message ahead of time, so the browser never ships an ICU parser (Lingui's runtime reads the result). */
export function compileCatalogue(messages: Record<string, string>, origin: string) {
  return Object.fromEntries(
    Object.entries(messages).map(([id, text]) => {
      try {
        return [id, compileMessageOrThrow(text)];
      } catch (error) {
        throw new Error(
          `${origin}: message "${id}" is not valid ICU MessageFormat: ${(error as Error).message}`,
        );
      }
    }),
  );
}

/**
 * `virtual:atlas-catalogue/<locale>` is that locale's compiled catalogue; `virtual:atlas-catalogues` lists a lazy
 * loader for every locale but the source one, which the first bundle carries.
 */
export function atlasCatalogues(dir = CATALOGUE_DIR): Plugin {
  return {
    name: 'atlas-catalogues',
    resolveId(id) {
      return id === ALL || id.startsWith(ONE) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${ALL}`) {
        for (const locale of catalogueLocales(dir)) this.addWatchFile(resolve(dir, `${locale}.json`));
        const loaders = catalogueLocales(dir)
          .filter((locale) => locale !== SOURCE_LOCALE)
          .map((locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(ONE + locale)})`);
        return `export const loaders = {${loaders.join(',')}};`;
      }
      if (!id.startsWith(`\0${ONE}`)) return undefined;
      const locale = id.slice(ONE.length + 1);
      const file = resolve(dir, `${locale}.json`);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(compileCatalogue(readCatalogue(locale, dir), file))};`;
    },
  };
}
