// The Secretariat's decisions on a proposal: start review, request changes, approve, reject.
// Each transition shows only from the states where the server allows it; approve and reject ask
// for confirmation (reject together with its reason).
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ErrorMessage } from '../../ui/State';
import { ConfirmButton } from '../../ui/Confirm';
import { ApproveMutation, RejectMutation, RequestChangesMutation, StartReviewMutation } from './review.documents';

type Reviewable = { id: string; status: string; version: number; topic?: string };

export function ReviewActions({ proposal: p }: { proposal: Reviewable }) {
  const [start, s] = useMutation(StartReviewMutation);
  const [approve, a] = useMutation(ApproveMutation);
  const [requestChanges, c] = useMutation(RequestChangesMutation);
  const [reject, r] = useMutation(RejectMutation);
  const [asking, setAsking] = useState(false);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const busy = s.loading || a.loading || c.loading || r.loading;
  const error = s.error ?? a.error ?? c.error ?? r.error;
  const vars = { id: p.id, version: p.version };
  const label = p.topic ? ` ${p.topic}` : '';
  const run = (fn: () => Promise<unknown>) => void fn().catch(() => {});

  return (
    <div className="stack" style={{ flex: '1 1 100%' }}>
      <div className="row">
        {p.status === 'SUBMITTED' ? (
          <button type="button" className="btn" disabled={busy} aria-label={`Start review${label}`} onClick={() => run(() => start({ variables: vars }))}>Start review</button>
        ) : null}
        {p.status === 'UNDER_REVIEW' ? (
          <>
            <ConfirmButton label="Approve" ariaLabel={`Approve${label}`} confirmLabel="Yes, approve" disabled={busy}
              question={<>Approve{label ? <> “{p.topic}”</> : ' this proposal'}? The proposing NPO is told at once, and it can then be paired with a host.</>}
              onConfirm={() => run(() => approve({ variables: vars }))} />
            {!asking ? <button type="button" className="btn secondary" disabled={busy} onClick={() => setAsking(true)}>Request changes…</button> : null}
            <ConfirmButton label="Reject…" danger confirmLabel="Reject proposal" disabled={busy} confirmDisabled={!reason.trim()}
              question="Reject this proposal? This ends it; the NPO sees your reason."
              onConfirm={() => run(() => reject({ variables: { ...vars, reason } }))}>
              <label className="field" style={{ margin: 0 }}>
                <span className="label">Reason for rejecting</span>
                <textarea value={reason} onChange={(e) => setReason(e.target.value)} required />
              </label>
            </ConfirmButton>
          </>
        ) : null}
      </div>
      {asking ? (
        <form className="row" onSubmit={(e) => { e.preventDefault(); run(async () => { await requestChanges({ variables: { ...vars, comment } }); setAsking(false); setComment(''); }); }}>
          <label className="field" style={{ flex: '1 1 18rem', margin: 0 }}>
            <span className="label">What should change</span>
            <textarea value={comment} onChange={(e) => setComment(e.target.value)} required />
          </label>
          <button type="submit" className="btn" disabled={busy || !comment.trim()}>Request changes</button>
          <button type="button" className="btn secondary" onClick={() => setAsking(false)}>Cancel</button>
        </form>
      ) : null}
      <ErrorMessage error={error} />
    </div>
  );
}
