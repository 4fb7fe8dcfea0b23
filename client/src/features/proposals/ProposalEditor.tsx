// Editing a draft. A stale save (CONFLICT) loads the saved version and opens the merge view:
// the user's text stays on screen until they save a merge.
import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ProposalFieldsFragment } from '../../gql/graphql';
import { ErrorMessage } from '../../ui/State';
import { errorCode, fieldErrors, onlyFieldErrors } from '../../ui/errors';
import { HostOptionsQuery, ProposalQuery, UpdateProposalMutation } from './proposals.documents';
import { ProposalForm, PROPOSAL_LABELS, type ProposalValues } from './components/ProposalForm';
import { ConflictMerge } from './components/ConflictMerge';
import { TEXT_FIELDS, textOf, toInput, toValues } from './proposal-values';

type Conflict = { mine: ProposalValues; theirs: ProposalFieldsFragment };

export function ProposalEditor({ proposal, onDone, extraErrors = {} }: { proposal: ProposalFieldsFragment; onDone: () => void; extraErrors?: Record<string, string> }) {
  const client = useApolloClient();
  const hosts = useQuery(HostOptionsQuery);
  const [update, { loading, error, reset }] = useMutation(UpdateProposalMutation);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // The version this edit started from: live updates must not silently move it forward.
  const [baseVersion, setBaseVersion] = useState(proposal.version);
  const [initial] = useState(() => toValues(proposal));

  async function save(values: ProposalValues, version: number) {
    try {
      await update({ variables: { id: proposal.id, version, input: toInput(values) } });
      setConflict(null);
      onDone();
    } catch (e) {
      if (errorCode(e) === 'CONFLICT') {
        const fresh = await client.query({ query: ProposalQuery, variables: { id: proposal.id }, fetchPolicy: 'network-only' });
        if (fresh.data?.proposal) {
          setConflict({ mine: values, theirs: fresh.data.proposal });
          setBaseVersion(fresh.data.proposal.version);
          reset();
        }
      }
    }
  }

  if (conflict) {
    return (
      <ConflictMerge
        mine={textOf(conflict.mine)}
        theirs={textOf(toValues(conflict.theirs))}
        labels={PROPOSAL_LABELS}
        otherChanges={otherChanges(conflict.mine, toValues(conflict.theirs))}
        saving={loading}
        onMerged={(merged) => void save({ ...conflict.mine, ...merged }, baseVersion)}
      />
    );
  }
  const orgs = (hosts.data?.organizations.edges ?? []).map((e) => e.node).filter((o) => o.id !== proposal.sendingOrganization.id);
  return (
    <>
      <ErrorMessage error={onlyFieldErrors(error, Object.keys(PROPOSAL_LABELS)) ? null : error} />
      <ProposalForm
        initial={initial}
        limits={proposal.notification?.participantLimits ?? []}
        hosts={orgs}
        errors={{ ...extraErrors, ...fieldErrors(error) }}
        saving={loading}
        submitLabel="Save changes"
        onSave={(v) => void save(v, baseVersion)}
      />
      <button type="button" className="btn secondary" onClick={onDone}>Cancel editing</button>
    </>
  );
}

function otherChanges(mine: ProposalValues, theirs: ProposalValues): string[] {
  return (Object.keys(mine) as Array<keyof ProposalValues>)
    .filter((k) => !(TEXT_FIELDS as readonly string[]).includes(k) && JSON.stringify(mine[k]) !== JSON.stringify(theirs[k]))
    .map((k) => PROPOSAL_LABELS[k] ?? k);
}
