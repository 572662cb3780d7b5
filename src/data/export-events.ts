import type { EventFeature } from './event-schema';

const CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'endDate',
  'time',
  'timeZone',
  'category',
  'thread',
  'place',
  'country',
  'longitude',
  'latitude',
  'precision',
  'precisionKm',
  'killed',
  'injured',
  'casualtiesAsOf',
  'perpetrator',
  'claimedBy',
  'attributedTo',
  'target',
  'summary',
  'sources',
] as const;

/**
 * Spreadsheets run cells starting with = + - @ as formulas: an apostrophe keeps hostile text inert (OWASP on
 * CSV injection); numbers stay numbers.
 */
function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = Array.isArray(value)
    ? value.join(',')
    : typeof value === 'object'
      ? JSON.stringify(value)
      : `${value as string}`;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function eventsToCsv(events: readonly EventFeature[]): string {
  const rows = events.map((event) => {
    const p = event.properties;
    const values: Partial<Record<(typeof CSV_COLUMNS)[number], unknown>> = {
      ...p,
      longitude: event.geometry?.coordinates[0],
      latitude: event.geometry?.coordinates[1],
      sources: p.sources.map((source) => source.url).join(' '),
    };
    return CSV_COLUMNS.map((column) => cell(values[column])).join(',');
  });
  // The byte-order mark lets Excel read the UTF-8 (Arabic and Persian names) correctly.
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function eventsToGeoJson(events: readonly EventFeature[], meta: Record<string, string> = {}): string {
  return JSON.stringify({ type: 'FeatureCollection', ...meta, features: events }, null, 1);
}
