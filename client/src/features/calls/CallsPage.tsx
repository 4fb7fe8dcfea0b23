// Published calls (project notifications) with their rounds and a countdown to the next closing.
// Sort and text filter (project code or title) live in the URL; the server applies them.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { QueryState, Empty } from '../../ui/State';
import { StatusBadge, humanize } from '../../ui/Badge';
import { Countdown } from '../../ui/Countdown';
import { formatDate } from '../../ui/format';
import { CallsQuery } from './calls.documents';
import { useTitle } from '../../ui/useTitle';
import { ListControls, sortOptions, useListView } from '../../ui/list-view';

const SORTS = sortOptions([
  { field: 'UPDATED_AT', key: 'updated', asc: 'Least recently updated', desc: 'Last updated' },
  { field: 'TITLE', key: 'title', asc: 'Title (A–Z)', desc: 'Title (Z–A)' },
  { field: 'STATUS', key: 'status', asc: 'Status (A–Z)', desc: 'Status (Z–A)' },
]);

export function CallsPage() {
  useTitle('Calls');
  const view = useListView(SORTS);
  const { data: fresh, previousData, loading, error, refetch, fetchMore } = useQuery(CallsQuery, { variables: { first: 20, orderBy: view.orderBy, search: view.text } });
  const data = fresh ?? previousData;
  const conn = data?.projectNotifications;
  return (
    <>
      <h1>Calls for BCN proposals</h1>
      <ListControls view={view} label="calls" placeholder="Project code or words of the title…" />
      <QueryState loading={loading} error={error} hasData={!!conn} onRetry={() => void refetch()}>
        {() => (
          <>
            {conn!.edges.length === 0 ? <Empty>{view.text ? `No call matches “${view.text}”.` : 'No call is published yet.'}</Empty> : null}
            <div className="stack">
              {conn!.edges.map(({ node: n }) => (
                <article key={n.id} className="card" aria-labelledby={`call-${n.id}`} data-testid="call-item">
                  <div className="spread">
                    <h2 id={`call-${n.id}`} style={{ margin: 0 }}>
                      <Link to={`/calls/${n.id}`}>{n.title}</Link>
                    </h2>
                    <StatusBadge status={n.status} />
                  </div>
                  <p className="muted small">
                    {n.projectCode} · {formatDate(n.timingStart)} – {formatDate(n.timingEnd)}
                    {n.modality ? ` · ${humanize(n.modality)}` : ''}
                  </p>
                  <RoundList rounds={n.rounds} />
                  {n.currentRound ? (
                    <p>
                      Round {n.currentRound.ordinal} is open: <Countdown until={n.currentRound.closesAt} />
                    </p>
                  ) : (
                    <p className="muted">No round is open.</p>
                  )}
                </article>
              ))}
            </div>
            {fresh && conn!.pageInfo.hasNextPage ? (
              <button type="button" className="btn secondary" onClick={() => void fetchMore({ variables: { after: conn!.pageInfo.endCursor } })}>
                Show more
              </button>
            ) : null}
          </>
        )}
      </QueryState>
    </>
  );
}

export function RoundList({ rounds }: { rounds: Array<{ id: string; ordinal: number; closesOn: string; isOpen: boolean }> }) {
  if (rounds.length === 0) return null;
  return (
    <ol className="timeline" aria-label="Application rounds">
      {rounds.map((r) => (
        <li key={r.id} className={r.isOpen ? 'current' : ''}>
          Round {r.ordinal}: closes {formatDate(r.closesOn)}{r.isOpen ? ' (open)' : ''}
        </li>
      ))}
    </ol>
  );
}
