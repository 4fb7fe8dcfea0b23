// The Secretariat's live view of the program: proposals and pairings per status and per economy,
// rounds closing soon, and the activity feed; both streams resume from their cursors.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { QueryState } from '../../ui/State';
import { Countdown } from '../../ui/Countdown';
import { formatDate } from '../../ui/format';
import { addToConnection, useLiveCache, writeEntity } from '../../apollo/live-cache';
import { ActivityItemFragment, ActivitySubscription, DashboardChangedSubscription, DashboardFieldsFragment, DashboardQuery } from './dashboard.documents';
import { BarChart } from './components/BarChart';
import { ActivityFeed } from './components/ActivityFeed';
import { useTitle } from '../../ui/useTitle';

export function DashboardPage() {
  useTitle('Dashboard');
  const { data, loading, error, refetch } = useQuery(DashboardQuery, { fetchPolicy: 'network-only' });
  const d = data?.dashboard;

  useLiveCache(DashboardChangedSubscription, {
    key: 'dashboardChanged',
    variables: {},
    initialAfter: d?.cursor ?? null,
    cursorOf: (x) => x.dashboardChanged.cursor,
    write: (cache, x) => writeEntity(cache, DashboardFieldsFragment, x.dashboardChanged.dashboard, 'DashboardFields'),
    onGap: () => void refetch(),
    skip: !d,
  });
  useLiveCache(ActivitySubscription, {
    key: 'activity:dashboard',
    variables: {},
    initialAfter: data?.activity.edges[0]?.cursor ?? null,
    cursorOf: (x) => x.activity.cursor,
    write: (cache, x) => {
      const node = writeEntity(cache, ActivityItemFragment, x.activity, 'ActivityItem');
      if (node) addToConnection(cache, { owner: 'ROOT_QUERY', field: 'activity', node, edgeTypename: 'ActivityEventEdge', cursor: x.activity.cursor, at: 'start' });
    },
    onGap: () => void refetch(),
    skip: !data,
  });
  // Read markers are private bookkeeping, not program activity.
  const events = (data?.activity.edges.map((e) => e.node) ?? []).filter((e) => e.type !== 'THREAD_READ').slice(0, 100);

  return (
    <>
      <h1>Dashboard</h1>
      <QueryState loading={loading} error={error} hasData={!!d} onRetry={() => void refetch()}>
        {() => (
          <div data-testid="dashboard-loaded">
            <div className="grid">
              <section className="card"><BarChart title="Proposals by status" bars={d!.proposalsByStatus.map((x) => ({ label: x.status, value: x.count }))} /></section>
              <section className="card"><BarChart title="Pairings by status" bars={d!.pairingsByStatus.map((x) => ({ label: x.status, value: x.count }))} /></section>
            </div>
            <section className="card">
              <h2>Per economy</h2>
              <div className="grid">
                <BarChart title="Proposals sent" labelAsIs bars={d!.economies.filter((e) => e.proposals > 0).map((e) => ({ label: e.economy.name, value: e.proposals }))} />
                <BarChart title="Pairings (sending + hosting)" labelAsIs bars={d!.economies.filter((e) => e.pairingsSending + e.pairingsHosting > 0).map((e) => ({ label: e.economy.name, value: e.pairingsSending + e.pairingsHosting }))} />
              </div>
            </section>
            <div className="grid">
              <section className="card">
                <h2>Rounds closing soon</h2>
                {d!.roundsClosingSoon.length === 0 ? <p className="muted">No round closes in the next six weeks.</p> : null}
                <ul>
                  {d!.roundsClosingSoon.map((r) => (
                    <li key={r.round.id}>
                      <Link to={`/calls/${r.notificationId}`}>{r.notificationTitle}</Link>, round {r.round.ordinal} ({formatDate(r.round.closesOn)}):{' '}
                      <Countdown until={r.round.closesAt} /> · {r.submittedProposals} submitted
                    </li>
                  ))}
                </ul>
              </section>
              <section className="card">
                <h2>Live activity</h2>
                <ActivityFeed events={events} />
              </section>
            </div>
          </div>
        )}
      </QueryState>
    </>
  );
}
