import { msg, type MessageDescriptor } from '../i18n/catalogue';
import type { Source } from './primitives';

/** A record may cite a mirror beside the original, never rest on mirrors alone. */
export const MIRROR_DOMAINS = [
  'wikimili.com',
  'wikizero.com',
  'wikizero.net',
  'wikiwand.com',
  'wikisum.wiki',
  'wikial.top',
  'hmong.in.th',
  'osmarks.net',
  'pwojczyn.com',
  'earthspot.org',
  'profilpelajar.com',
  'defzone.net',
  'muhtawa.org',
  'wiki.alquds.edu',
  'grokipedia.com',
  'internewscast.com',
  'tacgeardrop.com',
  'news24-7live.com',
  'searchiro.com',
  'thedailyreports.com',
  'world-today-news.com',
  'world-today-journal.com',
  'worldreportnow.com',
] as const;

export function isMirror(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return MIRROR_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

export interface SourceWarning {
  featureId: string;
  message: MessageDescriptor;
}

export function mirrorOnlyWarnings(
  records: readonly { id: string; properties: { sources: readonly Source[] } }[],
): SourceWarning[] {
  return records.flatMap((record) => {
    const { sources } = record.properties;
    if (!sources.length || !sources.every((source) => isMirror(source.url))) return [];
    return [
      {
        featureId: record.id,
        message: msg('dataProblem.mirrorsOnly', {
          id: record.id,
          hosts: sources.map((source) => new URL(source.url).hostname).join(', '),
        }),
      },
    ];
  });
}
