// Pairing an approved proposal with a host, chosen from the server's suggestions: the proposer's
// ranked choices first, then NPOs whose expertise matches the topic.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../ui/State';
import { StatusBadge } from '../../ui/Badge';
import { CreatePairingMutation, SuggestedHostsQuery } from './review.documents';

export function CreatePairing({ proposalId }: { proposalId: string }) {
  const [open, setOpen] = useState(false);
  const { data, loading, error, refetch } = useQuery(SuggestedHostsQuery, { variables: { id: proposalId }, skip: !open });
  const [create, c] = useMutation(CreatePairingMutation);
  const [hostId, setHostId] = useState('');
  // Shown at once from the mutation's answer; the suggestions refresh behind it.
  const [created, setCreated] = useState<{ id: string; status: string; hostOrganization: { acronym: string } } | null>(null);
  const p = data?.proposal;
  const pairings = [...(p?.pairings ?? []), ...(created && !p?.pairings.some((x) => x.id === created.id) ? [created] : [])];
  const openPairings = pairings.filter((x) => x.status !== 'HOST_DECLINED' && x.status !== 'CANCELLED');

  if (!open) return <button type="button" className="btn secondary" onClick={() => setOpen(true)}>Pair with a host…</button>;
  if (loading && !p) return <Loading />;
  if (!p) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const choices = (data?.pairingSuggestions ?? []).map((x) => ({
    id: x.organization.id,
    label: `${x.organization.name} (${x.organization.acronym})${x.preferredRank ? ` — preferred #${x.preferredRank}` : ''}${x.matchingTopics.length ? ` — expertise: ${x.matchingTopics.join(', ')}` : ''}`,
  }));
  return (
    <div className="stack">
      {pairings.length ? (
        <ul className="small">
          {pairings.map((x) => <li key={x.id}><Link to={`/pairings/${x.id}`}>Pairing with {x.hostOrganization.acronym}</Link> <StatusBadge status={x.status} /></li>)}
        </ul>
      ) : null}
      {openPairings.length === 0 ? (
        <form className="row" onSubmit={(e) => { e.preventDefault(); void create({ variables: { proposalId, hostOrganizationId: hostId } }).then((res) => { if (res.data) setCreated(res.data.createPairing); void refetch(); }).catch(() => {}); }}>
          <label className="field" style={{ flex: '1 1 20rem', margin: 0 }}>
            <span className="label">Host NPO</span>
            <select value={hostId} onChange={(e) => setHostId(e.target.value)}>
              <option value="">Choose a host…</option>
              {choices.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
            </select>
          </label>
          <button type="submit" className="btn" disabled={!hostId || c.loading}>Create pairing</button>
        </form>
      ) : null}
      <ErrorMessage error={c.error} />
    </div>
  );
}
