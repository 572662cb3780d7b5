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
const SECTION = 'virtual:atlas-catalogue-section/';

/**
 * Messages only a lazily loaded mode shows, by id prefix: they travel with that mode's chunk instead of the first
 * bundle. `virtual:atlas-catalogue/<locale>` leaves them out; `virtual:atlas-catalogue-section/<name>` holds them.
 */
export const LAZY_SECTIONS: Record<string, readonly string[]> = {
  /** What the selection announcer says (src/features/details/SelectionAnnouncer.tsx, loaded after first paint). */
  announcer: ['announce.'],
  /** What is wrong with a file or a record (src/data/validators.ts, with the checks that find it). */
  dataProblems: ['dataProblem.'],
  /** The embed builder's dialog (src/features/embed-builder/EmbedBuilder.tsx), loaded when an editor opens it. */
  embedBuilder: ['embedBuilder.'],
  /** The incident detail panel (src/features/details/EventDetailPanel.tsx and what it draws). */
  details: ['casualties.', 'copyLink.', 'details.', 'location.', 'sources.', 'tally.'],
  /** What the map draws over itself once it has loaded (src/map/overlays/MapOverlays.tsx): the legend, the hints. */
  'map-overlays': ['legend.', 'mapHint.'],
  /** The map's own controls and keyboard stops (src/map/controls, src/map/bindings), with the map chunk. */
  map: ['map.'],
  /** The distance tool's panel (src/features/measure/MeasurePanel.tsx). */
  measure: ['measure.'],
  /** The note that a new version is ready (src/app/offline/start-offline.ts, loaded after the page). */
  offline: ['offline.'],
  /** Present mode (src/app/shell/PresentShell.tsx): the tour, the presenter view and the handout. */
  present: ['present.', 'presenter.', 'handout.'],
  /** The map drawn without WebGL (src/features/static-map/StaticMap.tsx). */
  staticMap: ['staticMap.'],
  /** An embed's chapter stepper (src/app/embed/ChapterStepper.tsx), loaded when a link asks for it. */
  stepper: ['stepper.'],
};

const sectionOf = (id: string): string | undefined =>
  Object.keys(LAZY_SECTIONS).find((name) => LAZY_SECTIONS[name]!.some((prefix) => id.startsWith(prefix)));

/** The messages of one section (a name from LAZY_SECTIONS), or of the first bundle (`undefined`). */
export function catalogueSection(
  messages: Record<string, string>,
  section: string | undefined,
): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).filter(([id]) => sectionOf(id) === section));
}

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
  const compiledModule = (watch: (file: string) => void, locale: string, section: string | undefined) => {
    const file = resolve(dir, `${locale}.json`);
    watch(file);
    const messages = catalogueSection(readCatalogue(locale, dir), section);
    return `export default ${JSON.stringify(compileCatalogue(messages, file))};`;
  };
  return {
    name: 'atlas-catalogues',
    resolveId(id) {
      return id === ALL || id.startsWith(ONE) || id.startsWith(SECTION) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${ALL}`) {
        for (const locale of catalogueLocales(dir)) this.addWatchFile(resolve(dir, `${locale}.json`));
        const loaders = catalogueLocales(dir)
          .filter((locale) => locale !== SOURCE_LOCALE)
          .map((locale) => `${JSON.stringify(locale)}: () => import(${JSON.stringify(ONE + locale)})`);
        return `export const loaders = {${loaders.join(',')}};`;
      }
      if (id.startsWith(`\0${SECTION}`)) {
        // `<name>` lists the section's English messages and a lazy loader per other locale; `<name>/<locale>` is one.
        const [name, locale] = id.slice(SECTION.length + 1).split('/') as [string, string | undefined];
        if (!(name in LAZY_SECTIONS)) throw new Error(`No catalogue section "${name}" (see LAZY_SECTIONS).`);
        if (locale) return compiledModule((file) => this.addWatchFile(file), locale, name);
        const loaders = catalogueLocales(dir)
          .filter((each) => each !== SOURCE_LOCALE)
          .map(
            (each) => `${JSON.stringify(each)}: () => import(${JSON.stringify(`${SECTION}${name}/${each}`)})`,
          );
        return `import english from ${JSON.stringify(`${SECTION}${name}/${SOURCE_LOCALE}`)};\nexport const section = { english, loaders: {${loaders.join(',')}} };`;
      }
      if (!id.startsWith(`\0${ONE}`)) return undefined;
      return compiledModule((file) => this.addWatchFile(file), id.slice(ONE.length + 1), undefined);
    },
  };
}
