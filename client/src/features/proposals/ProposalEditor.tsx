// Editing a draft. Saves merge with concurrent edits field by field (use-merging-save): changes to
// different fields are all kept; a field both people changed is shown side by side to choose.
import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ProposalFieldsFragment } from '../../gql/graphql';
import { ErrorMessage } from '../../ui/State';
import { fieldErrors, onlyFieldErrors } from '../../ui/errors';
import { humanize } from '../../ui/Badge';
import { formatDate } from '../../ui/format';
import { ConflictMerge } from '../../ui/ConflictMerge';
import { useMergingSave } from '../../ui/use-merging-save';
import { HostOptionsQuery, ProposalQuery, UpdateProposalMutation } from './proposals.documents';
import { ProposalForm, PROPOSAL_LABELS, type ProposalValues } from './components/ProposalForm';
import { toInput, toValues } from './proposal-values';

export function ProposalEditor({ proposal, onDone, extraErrors = {} }: { proposal: ProposalFieldsFragment; onDone: () => void; extraErrors?: Record<string, string> }) {
  const client = useApolloClient();
  const hosts = useQuery(HostOptionsQuery);
  const [update, { loading, error }] = useMutation(UpdateProposalMutation);
  // The values the form starts from (the proposal when editing began; a merge if its save was refused).
  const [form, setForm] = useState(() => ({ values: toValues(proposal), key: 0 }));
  const merging = useMergingSave<ProposalValues>({
    save: (values, version) => update({ variables: { id: proposal.id, version, input: toInput(values) } }),
    loadSaved: async () => {
      const fresh = await client.query({ query: ProposalQuery, variables: { id: proposal.id }, fetchPolicy: 'network-only' }).catch(() => null);
      const p = fresh?.data?.proposal;
      return p ? { values: toValues(p), version: p.version } : null;
    },
    start: { values: form.values, version: proposal.version },
  });
  const orgs = (hosts.data?.organizations.edges ?? []).map((e) => e.node).filter((o) => o.id !== proposal.sendingOrganization.id);
  const hostName = (id: string) => orgs.find((o) => o.id === id)?.acronym ?? id;
  const save = (values: ProposalValues) => void merging.submit(values).then((saved) => { if (saved) onDone(); }, () => {});

  if (merging.conflict) {
    const c = merging.conflict;
    return (
      <ConflictMerge result={c.result} mine={c.mine} theirs={c.theirs} labels={PROPOSAL_LABELS} textFields={['topic', 'objectives', 'expectedOutcome']} title="Someone else saved this proposal while you were editing"
        show={(k, v) => showProposalValue(k, v, hostName)} saving={loading}
        onMerged={(merged) => { setForm((f) => ({ values: merged, key: f.key + 1 })); void merging.resolve(merged).then((saved) => { if (saved) onDone(); }, () => {}); }} />
    );
  }
  return (
    <>
      <ErrorMessage error={onlyFieldErrors(error, Object.keys(PROPOSAL_LABELS)) ? null : error} />
      <ProposalForm
        key={form.key}
        initial={form.values}
        limits={proposal.notification?.participantLimits ?? []}
        hosts={orgs}
        errors={{ ...extraErrors, ...fieldErrors(error) }}
        saving={loading}
        submitLabel="Save changes"
        onSave={save}
      />
      <button type="button" className="btn secondary" onClick={onDone}>Cancel editing</button>
    </>
  );
}

/** A proposal field as the merge view shows it. */
function showProposalValue(k: string, v: unknown, hostName: (id: string) => string) {
  if (k === 'plannedParticipants') return <ul>{(v as ProposalValues['plannedParticipants']).map((p, i) => <li key={i}>{p.name}{p.title ? `, ${p.title}` : ''}</li>)}</ul>;
  if (k === 'preferredHostIds') return <ol>{(v as string[]).map((id) => <li key={id}>{hostName(id)}</li>)}</ol>;
  if (k === 'modality') return humanize(String(v));
  if (k === 'periodStart' || k === 'periodEnd') return formatDate(v as string);
  return v ? String(v) : <span className="muted">(empty)</span>;
}
