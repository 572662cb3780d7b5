import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAtlasStore } from '../store/atlas-store';
import type { Changelog } from './changelog-schema';
import { fetchAndValidators } from './queries';

// Only the lazily loaded detail panel and Corrections view read the log, so none of this is in the first bundle.

/** The bundled dataset's corrections log; a newsroom's own file (?data=) has none, and a broken log shows none. */
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

/** Every correction of the bundled dataset, newest first; none for a newsroom's own file, which has no log. */
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

/** The last date a record was corrected, if it ever was. */
export function useCorrectedOn(id: string): string | undefined {
  const corrections = useCorrections();
  return corrections.find((correction) => correction.records.includes(id))?.date;
}
