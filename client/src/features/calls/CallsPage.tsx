// Published calls (project notifications) with their rounds and a countdown to the next closing.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { QueryState, Empty } from '../../ui/State';
import { StatusBadge, humanize } from '../../ui/Badge';
import { Countdown } from '../../ui/Countdown';
import { formatDate } from '../../ui/format';
import { CallsQuery } from './calls.documents';
import { useTitle } from '../../ui/useTitle';

export function CallsPage() {
  useTitle('Calls');
  const { data, loading, error, refetch, fetchMore } = useQuery(CallsQuery, { variables: { first: 20 } });
  const conn = data?.projectNotifications;
  return (
    <>
      <h1>Calls for BCN proposals</h1>
      <QueryState loading={loading} error={error} hasData={!!conn} onRetry={() => void refetch()}>
        {() => (
          <>
            {conn!.edges.length === 0 ? <Empty>No call is published yet.</Empty> : null}
            <div className="stack">
              {conn!.edges.map(({ node: n }) => (
                <article key={n.id} className="card" aria-labelledby={`call-${n.id}`}>
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
            {conn!.pageInfo.hasNextPage ? (
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
