// Submit and withdraw, for the proposing NPO (or the Secretariat that proposed on its behalf).
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ProposalFieldsFragment } from '../../gql/graphql';
import { ErrorMessage } from '../../ui/State';
import { ConfirmButton } from '../../ui/Confirm';
import { fieldErrors } from '../../ui/errors';
import { SubmitProposalMutation, WithdrawProposalMutation } from './proposals.documents';

const WITHDRAWABLE = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED'];

/** `onFieldErrors` gets the fields a refused submission named, so the page can open the editor on them. */
export function ProposerActions({ proposal: p, onFieldErrors }: { proposal: ProposalFieldsFragment; onFieldErrors?: (errors: Record<string, string>) => void }) {
  const [submit, s] = useMutation(SubmitProposalMutation);
  const [withdraw, w] = useMutation(WithdrawProposalMutation);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const canSubmit = p.status === 'DRAFT' || p.status === 'CHANGES_REQUESTED';
  return (
    <>
      {canSubmit ? (
        <ConfirmButton label={s.loading ? 'Submitting…' : 'Submit proposal'} confirmLabel="Yes, submit" disabled={s.loading}
          question={`Submit “${p.topic}” to the APO Secretariat? You cannot edit it while it is reviewed.`}
          onConfirm={() => void submit({ variables: { id: p.id, version: p.version } }).catch((e: unknown) => {
            const errors = fieldErrors(e);
            if (Object.keys(errors).length) onFieldErrors?.(errors);
          })} />
      ) : null}
      {WITHDRAWABLE.includes(p.status) && !asking ? (
        <button type="button" className="btn secondary" onClick={() => setAsking(true)}>Withdraw…</button>
      ) : null}
      {asking ? (
        <form className="row" onSubmit={(e) => { e.preventDefault(); void withdraw({ variables: { id: p.id, version: p.version, reason } }).then(() => setAsking(false)).catch(() => {}); }}>
          <label className="row small">Reason <input className="input" required value={reason} onChange={(e) => setReason(e.target.value)} /></label>
          <button type="submit" className="btn danger" disabled={w.loading || !reason.trim()}>Withdraw proposal</button>
          <button type="button" className="btn secondary" onClick={() => setAsking(false)}>Cancel</button>
        </form>
      ) : null}
      <div style={{ flexBasis: '100%' }}>
        <ErrorMessage error={s.error ?? w.error} />
      </div>
    </>
  );
}
