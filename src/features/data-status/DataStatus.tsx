import { formatProblem } from '../../data/dataset-problems';
import { useEventsQuery } from '../../data/use-dataset';
import { Msg, translate, useT } from '../../i18n';
import { useAtlasStore } from '../../store/atlas-store';
import { readerMessage } from './reader-message';

export function DataStatus() {
  return (
    <>
      <RefusedDataNotice />
      <DatasetStatus />
    </>
  );
}

function RefusedDataNotice() {
  const t = useT();
  const refused = useAtlasStore((state) => state.refusedData);
  if (!refused) return null;
  return (
    <p className="data-status data-status--warning" role="status">
      {refused.reason === 'other-site'
        ? t('dataStatus.otherSite', { host: refused.host })
        : t('dataStatus.unreadable')}
    </p>
  );
}

function DatasetStatus() {
  const t = useT();
  const query = useEventsQuery();
  // Loading is said where the list will appear (EventList), so nothing above the filters jumps when it ends.
  if (query.isError) {
    return (
      <div className="data-status data-status--error" role="alert">
        <p>
          <Msg
            id="dataStatus.failed"
            values={{ reason: readerMessage(query.error, t('dataStatus.unexpected')) }}
            components={{ 0: <strong /> }}
          />
        </p>
        <button
          type="button"
          className="button"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
        >
          {query.isFetching ? t('dataStatus.retrying') : t('dataStatus.retry')}
        </button>
      </div>
    );
  }
  const problems = query.data?.problems ?? [];
  if (!problems.length) return null;
  const skipped = new Set(problems.map((problem) => problem.index)).size;
  return (
    <details className="data-status data-status--warning">
      <summary>{t('dataStatus.problems', { count: skipped })}</summary>
      <ul>
        {problems.slice(0, 50).map((problem, index) => (
          <li key={index}>{translate(formatProblem(problem))}</li>
        ))}
      </ul>
      {problems.length > 50 && <p>{t('dataStatus.more', { count: problems.length - 50 })}</p>}
    </details>
  );
}
