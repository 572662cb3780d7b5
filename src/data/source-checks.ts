import { msg, type MessageDescriptor } from '../i18n/catalogue';
import type { EventFeature } from './event-schema';
import type { Source, Support } from './primitives';

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

/** What each `supports` word vouches for; a word whose field the record lacks backs nothing a reader can see. */
const BACKED: Record<Support, (event: EventFeature) => boolean> = {
  date: () => true,
  time: (event) => event.properties.time !== undefined,
  place: () => true,
  position: (event) => event.geometry !== null,
  killed: (event) =>
    event.properties.killed !== undefined ||
    (event.properties.casualtyRevisions ?? []).some((revision) => revision.killed !== undefined),
  injured: (event) =>
    event.properties.injured !== undefined ||
    (event.properties.casualtyRevisions ?? []).some((revision) => revision.injured !== undefined),
  perpetrator: (event) => event.properties.perpetrator !== undefined,
  claim: (event) => event.properties.claimedBy !== undefined,
  attribution: (event) => event.properties.attributedTo !== undefined,
  target: (event) => event.properties.target !== undefined,
  statement: (event) => (event.properties.statements ?? []).length > 0,
  account: () => true,
};

export function unbackedSupportWarnings(events: readonly EventFeature[]): SourceWarning[] {
  return events.flatMap((event) =>
    event.properties.sources.flatMap((source, index) => {
      const missing = (source.supports ?? []).filter((support) => !BACKED[support](event));
      if (!missing.length) return [];
      return [
        {
          featureId: event.id,
          message: msg('dataProblem.supportsMissingField', {
            id: event.id,
            index,
            fields: missing.join(', '),
          }),
        },
      ];
    }),
  );
}
