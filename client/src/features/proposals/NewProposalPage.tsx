// Drafting a new proposal under a call (?call=<id>); the Secretariat picks the sending NPO too.
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { QueryState, ErrorMessage } from '../../ui/State';
import { Field } from '../../ui/Field';
import { fieldErrors, onlyFieldErrors } from '../../ui/errors';
import { useTitle } from '../../ui/useTitle';
import { useViewer } from '../auth/ViewerContext';
import { CallQuery } from '../calls/calls.documents';
import { CreateProposalMutation, HostOptionsQuery } from './proposals.documents';
import { EMPTY_PROPOSAL, PROPOSAL_LABELS, ProposalForm, type ProposalValues } from './components/ProposalForm';
import { toInput } from './proposal-values';

const FORM_KEYS = [...Object.keys(PROPOSAL_LABELS), 'sendingOrganizationId'];

export function NewProposalPage() {
  useTitle('New proposal');
  const [params] = useSearchParams();
  const callId = params.get('call') ?? '';
  const { viewer, isSecretariat } = useViewer();
  const call = useQuery(CallQuery, { variables: { id: callId }, skip: !callId });
  const hosts = useQuery(HostOptionsQuery);
  const [sendingId, setSendingId] = useState('');
  const { save, loading, error } = useCreateProposal(callId, isSecretariat ? sendingId : undefined);

  if (!callId) return <div className="alert info">Choose a call first: <Link to="/calls">open the calls</Link>.</div>;
  const n = call.data?.projectNotification;
  const orgs = (hosts.data?.organizations.edges ?? []).map((e) => e.node);

  return (
    <QueryState loading={call.loading || hosts.loading} error={call.error ?? hosts.error} hasData={!!n && !!hosts.data}>
      {() => (
        <>
          <p className="small muted"><Link to={`/calls/${callId}`}>← {n!.projectCode}</Link></p>
          <h1>New proposal: {n!.title}</h1>
          <ErrorMessage error={onlyFieldErrors(error, FORM_KEYS) ? null : error} />
          {isSecretariat ? (
            <div className="card">
              <Field label="Sending NPO" error={fieldErrors(error).sendingOrganizationId}>
                <select value={sendingId} onChange={(e) => setSendingId(e.target.value)}>
                  <option value="">Choose…</option>
                  {orgs.map((o) => <option key={o.id} value={o.id}>{o.name} ({o.acronym})</option>)}
                </select>
              </Field>
            </div>
          ) : null}
          <ProposalForm
            initial={EMPTY_PROPOSAL}
            limits={n!.participantLimits}
            hosts={orgs.filter((o) => o.id !== (isSecretariat ? sendingId : viewer?.organization.id))}
            errors={fieldErrors(error)}
            saving={loading}
            submitLabel="Save draft"
            onSave={save}
          />
        </>
      )}
    </QueryState>
  );
}

/** Creates the draft (for `sendingId` when the Secretariat proposes) and opens it. */
function useCreateProposal(callId: string, sendingId: string | undefined) {
  const [create, { loading, error }] = useMutation(CreateProposalMutation);
  const navigate = useNavigate();
  async function save(v: ProposalValues) {
    try {
      const res = await create({
        variables: { input: { ...toInput(v), notificationId: callId, ...(sendingId !== undefined ? { sendingOrganizationId: sendingId || null } : {}) } },
      });
      if (res.data) navigate(`/proposals/${res.data.createProposal.id}`);
    } catch {
      // shown below and next to the fields
    }
  }
  return { save, loading, error };
}
