// Pairing an approved proposal with a host, chosen from the server's suggestions: the proposer's
// ranked choices first, then NPOs whose expertise matches the topic. Offered only while the
// proposal is approved and has no open pairing; its pairings are listed either way.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../ui/State';
import { StatusBadge } from '../../ui/Badge';
import { orgLong, orgShort } from '../../ui/org';
import { CreatePairingMutation, SuggestedHostsQuery } from './review.documents';

type PairingRef = { id: string; status: string; hostOrganization: { acronym: string; name?: string; economy?: { name: string } | null } };
const ENDED = ['HOST_DECLINED', 'CANCELLED'];

/** A proposal may get a (new) host while approved and no pairing of it is still open. */
export const canPair = (status: string, pairings: PairingRef[]) => status === 'APPROVED' && pairings.every((x) => ENDED.includes(x.status));

export function PairingLinks({ pairings }: { pairings: PairingRef[] }) {
  if (!pairings.length) return null;
  return (
    <ul className="small" aria-label="Pairings of this proposal">
      {pairings.map((x) => <li key={x.id}><Link to={`/pairings/${x.id}`}>Pairing with {orgShort(x.hostOrganization)}</Link> <StatusBadge status={x.status} /></li>)}
    </ul>
  );
}

export function CreatePairing({ proposalId }: { proposalId: string }) {
  const [open, setOpen] = useState(false);
  const { data, loading, error, refetch } = useQuery(SuggestedHostsQuery, { variables: { id: proposalId }, skip: !open });
  // The answer carries the proposal's pairings: written into the cache, every list shows the link.
  const [create, c] = useMutation(CreatePairingMutation);
  const [hostId, setHostId] = useState('');

  if (!open) return <button type="button" className="btn secondary" onClick={() => setOpen(true)}>Pair with a host…</button>;
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const choices = data.pairingSuggestions.map((x) => ({
    id: x.organization.id,
    label: `${orgLong(x.organization)}${x.preferredRank ? ` — preferred #${x.preferredRank}` : ''}${x.matchingTopics.length ? ` — expertise: ${x.matchingTopics.join(', ')}` : ''}`,
  }));
  return (
    <div className="stack">
      <form className="row" onSubmit={(e) => { e.preventDefault(); void create({ variables: { proposalId, hostOrganizationId: hostId } }).then(() => setOpen(false)).catch(() => {}); }}>
        <label className="field" style={{ flex: '1 1 20rem', margin: 0 }}>
          <span className="label">Host NPO</span>
          <select value={hostId} onChange={(e) => setHostId(e.target.value)}>
            <option value="">Choose a host…</option>
            {choices.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
        </label>
        <button type="submit" className="btn" disabled={!hostId || c.loading}>Create pairing</button>
        <button type="button" className="btn secondary" onClick={() => setOpen(false)}>Cancel</button>
      </form>
      <ErrorMessage error={c.error} />
    </div>
  );
}
