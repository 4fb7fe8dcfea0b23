// The proposals the viewer may see: their organization's, or all of them for the Secretariat.
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { QueryState, Empty } from '../../ui/State';
import { StatusBadge, humanize } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { useViewer } from '../auth/ViewerContext';
import { ProposalsQuery } from './proposals.documents';
import { useTitle } from '../../ui/useTitle';

export function ProposalsPage() {
  useTitle('Proposals');
  const { viewer } = useViewer();
  const { data, loading, error, refetch, fetchMore } = useQuery(ProposalsQuery, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const conn = data?.proposals;
  return (
    <>
      <div className="spread">
        <h1>Proposals</h1>
        <Link className="btn" to="/calls">Draft a proposal from a call</Link>
      </div>
      <QueryState loading={loading} error={error} hasData={!!conn} onRetry={() => void refetch()}>
        {() => (
          <>
            {conn!.edges.length === 0 ? <Empty>No proposals yet. Open a call with an open round to draft one.</Empty> : null}
            {conn!.edges.length ? (
              <table className="list">
                <thead><tr><th>Topic</th><th>Status</th><th>Sending NPO</th><th>Call</th><th>Modality</th><th>Updated</th></tr></thead>
                <tbody>
                  {conn!.edges.map(({ node: p }) => (
                    <tr key={p.id}>
                      <td data-label="Topic"><Link to={`/proposals/${p.id}`}>{p.topic}</Link></td>
                      <td data-label="Status"><StatusBadge status={p.status} /></td>
                      <td data-label="Sending NPO">{p.sendingOrganization.acronym}</td>
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
