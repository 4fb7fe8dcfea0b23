// One proposal: status (live), details, actions for the proposer and the Secretariat, the editor
// (with merge on conflict) and the revision history with a side-by-side diff.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../ui/State';
import { StatusBadge } from '../../ui/Badge';
import { writeEntity } from '../../apollo/live-cache';
import { useLiveEntity } from '../../apollo/live-entity';
import { useViewer } from '../auth/ViewerContext';
import { ProposalChangedSubscription, ProposalPageFieldsFragment, ProposalQuery } from './proposals.documents';
import { ProposalDetails } from './components/ProposalDetails';
import { ProposalEditor } from './ProposalEditor';
import { ProposerActions } from './ProposerActions';
import { RevisionHistory } from './components/RevisionHistory';
import { ReviewActions } from '../review/ReviewActions';
import { CreatePairing, PairingLinks, canPair } from '../review/CreatePairing';
import { useTitle } from '../../ui/useTitle';
import { ProposalAttachments } from '../attachments/ProposalAttachments';

export function ProposalPage() {
  const { id = '' } = useParams();
  const { viewer, isSecretariat } = useViewer();
  // The event carries the proposal as this page shows it: written into the cache, it changes in place.
  const { data, loading, error, retry } = useLiveEntity(ProposalQuery, ProposalChangedSubscription, {
    key: `proposalChanged:${id}`,
    id,
    cursorOf: (d) => d.proposalChanged.cursor,
    write: (cache, d) => writeEntity(cache, ProposalPageFieldsFragment, d.proposalChanged.proposal, 'ProposalPageFields'),
  });
  const [editing, setEditing] = useState(false);
  // Fields a refused submission named: the editor opens with them marked.
  const [submitErrors, setSubmitErrors] = useState<Record<string, string>>({});
  const p = data?.proposal;
  useTitle(p ? p.topic : 'Proposal');

  const mine = !!p && !!viewer && (p.sendingOrganization.id === viewer.organization.id || isSecretariat);
  const editable = mine && (p!.status === 'DRAFT' || p!.status === 'CHANGES_REQUESTED');

  return (
    <QueryState loading={loading} error={error} hasData={!!p} onRetry={retry}>
      {() => (
        <>
          <p className="small muted"><Link to="/proposals">← Proposals</Link></p>
          <div className="spread">
            <h1>{p!.topic}</h1>
            <span data-testid="proposal-status"><StatusBadge status={p!.status} /></span>
          </div>
          {p!.statusReason ? <div className="alert info"><strong>Note from the last decision:</strong> {p!.statusReason}</div> : null}
          <div className="row" style={{ marginBottom: '1rem' }}>
            {editable && !editing ? <button type="button" className="btn secondary" onClick={() => setEditing(true)}>Edit</button> : null}
            {mine && !editing ? <ProposerActions proposal={p!} onFieldErrors={(errors) => { setSubmitErrors(errors); if (editable) setEditing(true); }} /> : null}
            {isSecretariat ? <ReviewActions proposal={p!} /> : null}
          </div>
          {p!.pairings.length || (isSecretariat && canPair(p!.status, p!.pairings)) ? (
            <section className="card" aria-labelledby="pairings-title">
              <h2 id="pairings-title">Pairings</h2>
              <PairingLinks pairings={p!.pairings} />
              {isSecretariat && canPair(p!.status, p!.pairings) ? <CreatePairing proposalId={p!.id} /> : null}
            </section>
          ) : null}
          {editing ? <ProposalEditor proposal={p!} extraErrors={submitErrors} onDone={() => { setEditing(false); setSubmitErrors({}); }} /> : <ProposalDetails proposal={p!} />}
          <ProposalAttachments proposalId={p!.id} canAttach={!!viewer && (p!.sendingOrganization.id === viewer.organization.id || (isSecretariat && p!.proposedBySecretariat))} />
          <RevisionHistory revisions={p!.revisions} timeZone={viewer?.organization.timeZone ?? 'UTC'} />
        </>
      )}
    </QueryState>
  );
}
