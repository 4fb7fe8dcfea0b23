// The Secretariat's review queue. By default it shows what waits for a decision (submitted or
// under review); filters (call, round, status, economy), text filter and sort live in the URL.
// Pairing is offered only where it applies. New submissions appear live.
import { QueryState, Empty } from '../../ui/State';
import { orgLong } from '../../ui/org';
import { byNewest, byText, useListView, type SortOption } from '../../ui/list-view';
import { useTitle } from '../../ui/useTitle';
import { useReviewQueue, type QueueRow } from './use-review-queue';
import { QueueFilters } from './components/QueueFilters';
import { QueueItem } from './components/QueueItem';
import { QueueDownloads } from './components/QueueDownloads';

const SORTS: SortOption<QueueRow>[] = [
  { key: 'submitted', label: 'Oldest submission first', compare: (a, b) => (a.submittedAt ?? '9').localeCompare(b.submittedAt ?? '9') },
  { key: 'updated', label: 'Last updated', compare: byNewest((p) => p.updatedAt) },
  { key: 'topic', label: 'Topic (A–Z)', compare: byText((p) => p.topic) },
  { key: 'economy', label: 'Economy', compare: byText((p) => p.economy.name) },
];
const textOf = (p: QueueRow) => [p.topic, orgLong(p.sendingOrganization), p.economy.name, p.notification?.projectCode ?? ''].join(' ');

export function ReviewQueuePage() {
  useTitle('Review queue');
  const view = useListView(SORTS, textOf);
  const queue = useReviewQueue(view.params);
  const rows = view.apply(queue.rows);

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
            <p className="muted small" data-testid="queue-count">{rows.length} proposal{rows.length === 1 ? '' : 's'}</p>
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
