import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fa from 'i18n-iso-countries/langs/fa.json' with { type: 'json' };
import type { AreaGeometry } from './topology';

countries.registerLocale(en);
countries.registerLocale(ar);
countries.registerLocale(fa);

/**
 * Natural Earth map units that have no ISO numeric id in world-atlas. Kosovo keeps the user-assigned code
 * XK that the EU and most data publishers use; the others are filed under the state ISO 3166 counts them in,
 * which also means no de facto line (Green Line, Somaliland) is drawn as an international border.
 */
const ISO_BY_NAME: Readonly<Record<string, string>> = {
  Kosovo: 'XK',
  'N. Cyprus': 'CY',
  'Cyprus U.N. Buffer Zone': 'CY',
  Somaliland: 'SO',
  Baikonur: 'KZ',
  Akrotiri: 'GB', // UK Sovereign Base Areas on Cyprus
  Dhekelia: 'GB',
};

/** The region's core states carry Arabic and Persian names as well; the rest of the map is English only. */
const NAMED_IN_ARABIC_AND_PERSIAN = new Set(
  'AE AF AM AZ BH CY DJ EG ER ET GE IL IQ IR JO KW LB OM PK PS QA SA SD SO SY TM TR YE'.split(' '),
);

/** Where news copy says it differently from the library's short names (its "alias" or official name). */
const NEWS_NAMES: Readonly<Record<string, Partial<CountryNames>>> = {
  AE: { name: 'United Arab Emirates', ar: 'الإمارات', fa: 'امارات متحده عربی' },
  CD: { name: 'DR Congo' },
  GB: { name: 'United Kingdom' },
  MD: { name: 'Moldova' },
  OM: { ar: 'عُمان' },
  PS: { fa: 'فلسطین' },
  SY: { name: 'Syria' },
  XK: { name: 'Kosovo' },
};

export interface CountryNames {
  /** Short English name as used in news copy. */
  name: string;
  /** Arabic name, given only for the region's core states. */
  ar?: string;
  /** Persian name (Persian ye and kaf, not the Arabic letters), given only for the region's core states. */
  fa?: string;
}

export function isoOf(geometry: AreaGeometry): string | undefined {
  const numeric = geometry.id === undefined ? undefined : String(geometry.id);
  const name = geometry.properties?.name;
  return (
    (numeric === undefined ? undefined : countries.numericToAlpha2(numeric)) ??
    (name === undefined ? undefined : ISO_BY_NAME[name])
  );
}

export function requireIso(geometry: AreaGeometry): string {
  const iso = isoOf(geometry);
  if (iso === undefined) {
    throw new Error(
      `No ISO 3166-1 alpha-2 code for world-atlas country id=${String(geometry.id)} ` +
        `name=${geometry.properties?.name ?? '?'}; add it to ISO_BY_NAME in scripts/geo/basemap/country-codes.ts`,
    );
  }
  return iso;
}

export function namesOf(iso: string): CountryNames {
  const override = NEWS_NAMES[iso] ?? {};
  const name = override.name ?? countries.getName(iso, 'en', { select: 'alias' });
  if (name === undefined) {
    throw new Error(
      `No English name for ${iso}; add it to NEWS_NAMES in scripts/geo/basemap/country-codes.ts`,
    );
  }
  if (!NAMED_IN_ARABIC_AND_PERSIAN.has(iso)) return { name };
  return {
    name,
    ar: override.ar ?? countries.getName(iso, 'ar'),
    fa: override.fa ?? countries.getName(iso, 'fa'),
  };
}
