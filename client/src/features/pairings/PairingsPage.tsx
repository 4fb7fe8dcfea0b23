// The pairings the viewer's organization is a party to (all of them for the Secretariat).
// Sort and filter live in the URL.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { PairingsQuery as PairingsData } from '../../gql/graphql';
import { QueryState, Empty } from '../../ui/State';
import { StatusBadge, humanize } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { orgShort } from '../../ui/org';
import { ListControls, byNewest, byText, useListView, type SortOption } from '../../ui/list-view';
import { useViewer } from '../auth/ViewerContext';
import { PairingsQuery } from './pairings.documents';
import { useTitle } from '../../ui/useTitle';

type Row = PairingsData['pairings']['edges'][number]['node'];
const SORTS: SortOption<Row>[] = [
  { key: 'updated', label: 'Last updated', compare: byNewest((p) => p.updatedAt) },
  { key: 'topic', label: 'Proposal (A–Z)', compare: byText((p) => p.proposal.topic) },
  { key: 'status', label: 'Status', compare: byText((p) => p.status) },
];
const textOf = (p: Row) => [p.proposal.topic, humanize(p.status), orgShort(p.sendingOrganization), orgShort(p.hostOrganization), p.sendingOrganization.name, p.hostOrganization.name].join(' ');

export function PairingsPage() {
  useTitle('Pairings');
  const { viewer } = useViewer();
  const view = useListView(SORTS, textOf);
  const { data, loading, error, refetch, fetchMore } = useQuery(PairingsQuery, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const conn = data?.pairings;
  const rows = view.apply(conn?.edges.map((e) => e.node) ?? []);
  return (
    <>
      <h1>Pairings</h1>
      <ListControls view={view} label="pairings" />
      <QueryState loading={loading} error={error} hasData={!!conn} onRetry={() => void refetch()}>
        {() => (
          <>
            {conn!.edges.length === 0 ? <Empty>No pairing yet. The Secretariat pairs approved proposals with a host NPO.</Empty> : null}
            {conn!.edges.length && rows.length === 0 ? <Empty>No pairing matches “{view.q}”.</Empty> : null}
            {rows.length ? (
              <table className="list" data-testid="pairing-list">
                <thead><tr><th>Proposal</th><th>Sending</th><th>Host</th><th>Status</th><th>Updated</th></tr></thead>
                <tbody>
                  {rows.map((p) => (
                    <tr key={p.id}>
                      <td data-label="Proposal"><Link to={`/pairings/${p.id}`}>{p.proposal.topic}</Link></td>
                      <td data-label="Sending">{orgShort(p.sendingOrganization)}</td>
                      <td data-label="Host">{orgShort(p.hostOrganization)}</td>
                      <td data-label="Status"><StatusBadge status={p.status} /></td>
                      <td data-label="Updated">{formatDateTime(p.updatedAt, viewer?.organization.timeZone)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {conn!.pageInfo.hasNextPage ? (
              <button type="button" className="btn secondary" onClick={() => void fetchMore({ variables: { after: conn!.pageInfo.endCursor } })}>Show more</button>
            ) : null}
          </>
        )}
      </QueryState>
    </>
  );
}
