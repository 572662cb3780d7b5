import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAtlasStore } from '../store/atlas-store';
import type { Changelog } from './changelog-schema';
import { fetchAndValidators } from './queries';

// Only lazy panels read the log, so none of this is in the first bundle.

/** A newsroom's own file (?data=) has no log, and a broken log shows none. */
export function changelogQuery() {
  return queryOptions({
    queryKey: ['changelog'],
    queryFn: async ({ signal }): Promise<Changelog['entries']> => {
      const [v, json] = await fetchAndValidators('geo/changelog.json', 'corrections', signal);
      const result = v.safeParse(v.changelogFile, json);
      return result.success ? result.data.entries : [];
    },
  });
}

export interface Correction {
  date: string;
  version: string;
  text: string;
  records: readonly string[];
}

const NO_CORRECTIONS: Correction[] = [];

export function useCorrections(): Correction[] {
  const bundled = useAtlasStore((state) => state.dataPath === null);
  const entries = useQuery({ ...changelogQuery(), enabled: bundled }).data;
  return useMemo(
    () =>
      bundled && entries
        ? entries.flatMap((entry) =>
            entry.changes
              .filter((change) => change.kind === 'corrected' && change.records.length > 0)
              .map((change) => ({ date: entry.date, version: entry.version, text: change.text, records: change.records })),
          )
        : NO_CORRECTIONS,
    [bundled, entries],
  );
}

export function useCorrectedOn(id: string): string | undefined {
  const corrections = useCorrections();
  return corrections.find((correction) => correction.records.includes(id))?.date;
}
