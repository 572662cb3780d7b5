import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One line of the corrections log: what kind of change, what it says, and the records it names. */
export interface ChangelogChange {
  kind: 'added' | 'corrected' | 'checks';
  text: string;
  records: string[];
}

export interface ChangelogEntry {
  version: string;
  date: string;
  note?: string;
  changes: ChangelogChange[];
}

const KINDS: Record<string, ChangelogChange['kind']> = {
  added: 'added',
  corrected: 'corrected',
  checks: 'checks',
};

/**
 * The Markdown log (public/geo/CHANGELOG.md) is what editors write; this reads it into the list the app shows, so
 * the two cannot drift apart. A record is named in a bullet as `its-id` in backticks.
 */
export function parseChangelog(markdown: string, knownIds: ReadonlySet<string>): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let entry: ChangelogEntry | undefined;
  let kind: ChangelogChange['kind'] | undefined;
  let bullet: string[] | undefined;
  const intro: string[] = [];
  const flush = () => {
    if (entry && kind && bullet) {
      const text = bullet.join(' ').replace(/\s+/g, ' ').trim();
      const records = [...new Set([...text.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]!))].filter(
        (id) => knownIds.has(id),
      );
      entry.changes.push({ kind, text: text.replace(/`/g, ''), records });
    }
    bullet = undefined;
  };
  for (const line of markdown.split('\n')) {
    const version = /^## (\d+\.\d+\.\d+) — (\d{4}-\d{2}-\d{2})\s*$/.exec(line);
    const section = /^### (\w+)/.exec(line);
    if (version) {
      flush();
      if (entry && intro.length) entry.note = intro.join(' ').trim();
      intro.length = 0;
      entry = { version: version[1]!, date: version[2]!, changes: [] };
      entries.push(entry);
      kind = undefined;
    } else if (section) {
      flush();
      if (entry && intro.length && !entry.note) entry.note = intro.join(' ').trim();
      intro.length = 0;
      kind = KINDS[section[1]!.toLowerCase()];
    } else if (line.startsWith('- ')) {
      flush();
      bullet = [line.slice(2)];
    } else if (bullet && line.startsWith('  ')) {
      bullet.push(line.trim());
    } else if (entry && !kind && line.trim()) {
      intro.push(line.trim());
    }
  }
  flush();
  if (entry && intro.length && !entry.note) entry.note = intro.join(' ').trim();
  return entries;
}

export async function buildChangelog(geoDir: string): Promise<ChangelogEntry[]> {
  const events = JSON.parse(await readFile(join(geoDir, 'events.geojson'), 'utf8')) as {
    features: { id: string }[];
  };
  const places = JSON.parse(await readFile(join(geoDir, 'places.geojson'), 'utf8')) as {
    features: { id: string }[];
  };
  const ids = new Set([...events.features, ...places.features].map((feature) => feature.id));
  const entries = parseChangelog(await readFile(join(geoDir, 'CHANGELOG.md'), 'utf8'), ids);
  await writeFile(join(geoDir, 'changelog.json'), `${JSON.stringify({ entries }, null, 1)}\n`);
  console.log(`changelog: ${entries.length} versions`);
  return entries;
}
