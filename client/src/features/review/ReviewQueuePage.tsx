// The Secretariat's review queue. By default it shows what waits for a decision (submitted or
// under review), oldest first; filters (call, round, status, economy), text filter and sort live
// in the URL and the server applies them. Pairing is offered only where it applies. New
// submissions appear live.
import { QueryState, Empty } from '../../ui/State';
import { sortOptions, useListView, type SortOption } from '../../ui/list-view';
import { useTitle } from '../../ui/useTitle';
import { useReviewQueue } from './use-review-queue';
import { QueueFilters } from './components/QueueFilters';
import { QueueItem } from './components/QueueItem';
import { QueueDownloads } from './components/QueueDownloads';

const [newest, oldest, ...others] = sortOptions([
  { field: 'UPDATED_AT', key: 'updated', asc: 'Least recently updated', desc: 'Last updated' },
  { field: 'TITLE', key: 'topic', asc: 'Topic (A–Z)', desc: 'Topic (Z–A)' },
  { field: 'STATUS', key: 'status', asc: 'Status (A–Z)', desc: 'Status (Z–A)' },
]);
/** What waited longest comes first: the queue is worked from the top. */
const SORTS: SortOption[] = [oldest!, newest!, ...others];

export function ReviewQueuePage() {
  useTitle('Review queue');
  const view = useListView(SORTS);
  const queue = useReviewQueue(view.params, view);
  const rows = queue.rows;

  return (
    <>
      <div className="spread" style={{ marginBottom: '0.5rem' }}>
        <h1>Review queue</h1>
        <QueueDownloads params={view.params} status={queue.status} />
      </div>
      <QueueFilters view={view} status={queue.status} />
      <QueryState loading={queue.loading} error={queue.error} hasData={queue.hasData} onRetry={queue.retry}>
        {() => (
          <>
            <p className="muted small" data-testid="queue-count">{queue.total} proposal{queue.total === 1 ? '' : 's'}{queue.total > rows.length ? ` (the first ${rows.length} shown)` : ''}</p>
            {rows.length === 0 ? <Empty>Nothing matches these filters.</Empty> : null}
            <div className="stack">
              {rows.map((p) => <QueueItem key={p.id} proposal={p} />)}
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
