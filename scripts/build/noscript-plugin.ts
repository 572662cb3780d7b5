import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The page a reader without JavaScript gets: the committed picture of the opening map (scripts/static-map-picture.mjs)
 * and every incident of the bundled dataset with its date, written into `<noscript>` at build time so it never lags
 * the data. Plain markup only: no inline script or style, so the CSP holds. English, as the rest of the HTML shell
 * is: without scripts the page cannot choose a language.
 */
export const STATIC_MAP_PICTURE = 'static-map.jpg';
export const STATIC_MAP_SIZE = { width: 1110, height: 778 } as const;

export const STATIC_MAP_ALT =
  'Map of the region as the atlas opens, from Libya and the eastern Mediterranean to Iran and Pakistan, with the ' +
  'Red Sea, the Gulf and the Arabian Sea. Coloured symbols mark the incidents, gathered into numbered circles where ' +
  'they crowd: across Iraq from Erbil and the K-1 base to Baghdad and the Al Asad base, in Syria and near Beirut, ' +
  'at Tehran and at Kerman in Iran, near the Strait of Hormuz, and along the Red Sea off Yemen and the Bab ' +
  'el-Mandeb strait, where dashed lines trace the shipping lanes.';

interface EventRecord {
  properties: { id: string; title: string; date: string; endDate?: string; place?: string };
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const day = (iso: string) => dayFormat.format(new Date(`${iso}T00:00:00Z`));

export function noscriptBlock(records: readonly EventRecord[]): string {
  const sorted = [...records].sort(
    (a, b) =>
      a.properties.date.localeCompare(b.properties.date) || a.properties.id.localeCompare(b.properties.id),
  );
  const items = sorted.map(({ properties: { date, endDate, title, place } }) => {
    const when = `<time datetime="${date}">${day(date)}</time>${endDate && endDate !== date ? `–<time datetime="${endDate}">${day(endDate)}</time>` : ''}`;
    return `<li>${when}: <strong>${escapeHtml(title)}</strong>${place ? ` (${escapeHtml(place)})` : ''}</li>`;
  });
  return [
    '<div class="noscript">',
    '<h1>Flashpoint Atlas: Kerman, Soleimani and the region</h1>',
    '<p class="noscript__note">This atlas draws its interactive map, filters and timeline with JavaScript, which is off ' +
      'or blocked here. Below are the map as it opens and every incident in it, with its date; each incident’s ' +
      'sources are in the full atlas.</p>',
    `<figure class="noscript__map"><img src="${STATIC_MAP_PICTURE}" width="${STATIC_MAP_SIZE.width}" ` +
      `height="${STATIC_MAP_SIZE.height}" alt="${escapeHtml(STATIC_MAP_ALT)}">` +
      '<figcaption>Basemap: Natural Earth; place names: GeoNames (CC BY 4.0); drawn with MapLibre.</figcaption></figure>',
    `<h2>The ${sorted.length} incidents, oldest first</h2>`,
    `<ol class="noscript__list">${items.join('')}</ol>`,
    '</div>',
  ].join('\n');
}

export function readBundledEvents(root = process.cwd()): EventRecord[] {
  const collection = JSON.parse(readFileSync(resolve(root, 'public/geo/events.geojson'), 'utf8')) as {
    features: EventRecord[];
  };
  return collection.features;
}

/** Replaces the `<noscript>` of index.html and embed.html with the picture and the list. */
export function noscriptFallback(): Plugin {
  return {
    name: 'atlas-noscript-fallback',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /<noscript>[\s\S]*?<\/noscript>/,
          `<noscript>\n${noscriptBlock(readBundledEvents())}\n</noscript>`,
        ),
    },
  };
}
