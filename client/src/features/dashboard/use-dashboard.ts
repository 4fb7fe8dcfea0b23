// The dashboard's data, live: the figures (each event carries the new dashboard) and the activity
// feed (each event is added to it); both streams resume from their cursors, a gap reloads.
import { useQuery } from '@apollo/client/react';
import { addToConnection, useLiveCache, writeEntity } from '../../apollo/live-cache';
import { ActivityItemFragment, ActivitySubscription, DashboardChangedSubscription, DashboardFieldsFragment, DashboardQuery } from './dashboard.documents';

export function useDashboard() {
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
  return { dashboard: d, events, loading, error, retry: () => void refetch() };
}
