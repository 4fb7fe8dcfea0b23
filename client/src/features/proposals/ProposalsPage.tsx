// The proposals the viewer may see: their organization's, or all of them for the Secretariat.
// Sort and filter live in the URL.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import type { ProposalsQuery as ProposalsData } from '../../gql/graphql';
import { QueryState, Empty } from '../../ui/State';
import { StatusBadge, humanize } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { orgShort } from '../../ui/org';
import { ListControls, byNewest, byText, useListView, type SortOption } from '../../ui/list-view';
import { useViewer } from '../auth/ViewerContext';
import { ProposalsQuery } from './proposals.documents';
import { useTitle } from '../../ui/useTitle';

type Row = ProposalsData['proposals']['edges'][number]['node'];
const SORTS: SortOption<Row>[] = [
  { key: 'updated', label: 'Last updated', compare: byNewest((p) => p.updatedAt) },
  { key: 'topic', label: 'Topic (A–Z)', compare: byText((p) => p.topic) },
  { key: 'status', label: 'Status', compare: byText((p) => p.status) },
  { key: 'economy', label: 'Economy', compare: byText((p) => p.economy.name) },
];
const textOf = (p: Row) => [p.topic, humanize(p.status), orgShort(p.sendingOrganization), p.sendingOrganization.name, p.notification?.projectCode ?? ''].join(' ');

export function ProposalsPage() {
  useTitle('Proposals');
  const { viewer } = useViewer();
  const view = useListView(SORTS, textOf);
  const { data, loading, error, refetch, fetchMore } = useQuery(ProposalsQuery, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const conn = data?.proposals;
  const rows = view.apply(conn?.edges.map((e) => e.node) ?? []);
  return (
    <>
      <div className="spread">
        <h1>Proposals</h1>
        <Link className="btn" to="/calls">Draft a proposal from a call</Link>
      </div>
      <ListControls view={view} label="proposals" />
      <QueryState loading={loading} error={error} hasData={!!conn} onRetry={() => void refetch()}>
        {() => (
          <>
            {conn!.edges.length === 0 ? <Empty>No proposals yet. Open a call with an open round to draft one.</Empty> : null}
            {conn!.edges.length && rows.length === 0 ? <Empty>No proposal matches “{view.q}”.</Empty> : null}
            {rows.length ? (
              <table className="list" data-testid="proposal-list">
                <thead><tr><th>Topic</th><th>Status</th><th>Sending NPO</th><th>Call</th><th>Modality</th><th>Updated</th></tr></thead>
                <tbody>
                  {rows.map((p) => (
                    <tr key={p.id}>
                      <td data-label="Topic"><Link to={`/proposals/${p.id}`}>{p.topic}</Link></td>
                      <td data-label="Status"><StatusBadge status={p.status} /></td>
                      <td data-label="Sending NPO">{orgShort(p.sendingOrganization)}</td>
                      <td data-label="Call">{p.notification?.projectCode ?? '—'}{p.round ? ` · round ${p.round.ordinal}` : ''}</td>
                      <td data-label="Modality">{humanize(p.modality)}</td>
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
