// The pairings the viewer's organization is a party to (all of them for the Secretariat).
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { QueryState, Empty } from '../../ui/State';
import { StatusBadge } from '../../ui/Badge';
import { formatDateTime } from '../../ui/format';
import { useViewer } from '../auth/ViewerContext';
import { PairingsQuery } from './pairings.documents';
import { useTitle } from '../../ui/useTitle';

export function PairingsPage() {
  useTitle('Pairings');
  const { viewer } = useViewer();
  const { data, loading, error, refetch, fetchMore } = useQuery(PairingsQuery, { variables: { first: 50 }, fetchPolicy: 'cache-and-network' });
  const conn = data?.pairings;
  return (
    <>
      <h1>Pairings</h1>
      <QueryState loading={loading} error={error} hasData={!!conn} onRetry={() => void refetch()}>
        {() => (
          <>
            {conn!.edges.length === 0 ? <Empty>No pairing yet. The Secretariat pairs approved proposals with a host NPO.</Empty> : null}
            {conn!.edges.length ? (
              <table className="list">
                <thead><tr><th>Proposal</th><th>Sending</th><th>Host</th><th>Status</th><th>Updated</th></tr></thead>
                <tbody>
                  {conn!.edges.map(({ node: p }) => (
                    <tr key={p.id}>
                      <td data-label="Proposal"><Link to={`/pairings/${p.id}`}>{p.proposal.topic}</Link></td>
                      <td data-label="Sending">{p.sendingOrganization.acronym}</td>
                      <td data-label="Host">{p.hostOrganization.acronym}</td>
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
