import { formatProblem } from '../../data/dataset-problems';
import { useEventsQuery } from '../../data/use-dataset';
import { plural } from '../../lib/plural';

/** What went wrong with the data, said plainly, with a way to try again; never a blank page. */
export function DataStatus() {
  const query = useEventsQuery();
  // Loading is said where the list will appear (EventList), so nothing above the filters jumps when it ends.
  if (query.isError) {
    return (
      <div className="data-status data-status--error" role="alert">
        <p>
          <strong>The incidents could not be loaded.</strong> {query.error.message}
        </p>
        <button
          type="button"
          className="button"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
        >
          {query.isFetching ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    );
  }
  const problems = query.data?.problems ?? [];
  if (!problems.length) return null;
  const skipped = new Set(problems.map((problem) => problem.index)).size;
  return (
    <details className="data-status data-status--warning">
      <summary>
        {plural(skipped, {
          one: '# record in this dataset has problems',
          other: '# records in this dataset have problems',
        })}
      </summary>
      <ul>
        {problems.slice(0, 50).map((problem, index) => (
          <li key={index}>{formatProblem(problem)}</li>
        ))}
      </ul>
      {problems.length > 50 && (
        <p>…and {problems.length - 50} more. Run npm run validate-data for the full list.</p>
      )}
    </details>
  );
}
