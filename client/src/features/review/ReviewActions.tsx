// The Secretariat's decisions on a proposal: start review, request changes, approve, reject.
// Each transition shows only from the states where the server allows it.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { ErrorMessage } from '../../ui/State';
import { ApproveMutation, RejectMutation, RequestChangesMutation, StartReviewMutation } from './review.documents';

type Reviewable = { id: string; status: string; version: number; topic?: string };

export function ReviewActions({ proposal: p }: { proposal: Reviewable }) {
  const [start, s] = useMutation(StartReviewMutation);
  const [approve, a] = useMutation(ApproveMutation);
  const [requestChanges, c] = useMutation(RequestChangesMutation);
  const [reject, r] = useMutation(RejectMutation);
  const [asking, setAsking] = useState<null | 'changes' | 'reject'>(null);
  const [text, setText] = useState('');
  const busy = s.loading || a.loading || c.loading || r.loading;
  const error = s.error ?? a.error ?? c.error ?? r.error;
  const vars = { id: p.id, version: p.version };
  const label = p.topic ? ` ${p.topic}` : '';

  async function decide(e: FormEvent) {
    e.preventDefault();
    try {
      if (asking === 'changes') await requestChanges({ variables: { ...vars, comment: text } });
      else if (asking === 'reject') await reject({ variables: { ...vars, reason: text } });
      setAsking(null);
      setText('');
    } catch {
      // shown below
    }
  }

  return (
    <div className="stack" style={{ flex: '1 1 100%' }}>
      <div className="row">
        {p.status === 'SUBMITTED' ? (
          <button type="button" className="btn" disabled={busy} aria-label={`Start review${label}`} onClick={() => void start({ variables: vars }).catch(() => {})}>Start review</button>
        ) : null}
        {p.status === 'UNDER_REVIEW' ? (
          <>
            <button type="button" className="btn" disabled={busy} aria-label={`Approve${label}`} onClick={() => void approve({ variables: vars }).catch(() => {})}>Approve</button>
            <button type="button" className="btn secondary" disabled={busy} onClick={() => setAsking('changes')}>Request changes…</button>
            <button type="button" className="btn danger" disabled={busy} onClick={() => setAsking('reject')}>Reject…</button>
          </>
        ) : null}
      </div>
      {asking ? (
        <form onSubmit={decide} className="row">
          <label className="field" style={{ flex: '1 1 18rem', margin: 0 }}>
            <span className="label">{asking === 'reject' ? 'Reason for rejecting' : 'What should change'}</span>
            <textarea value={text} onChange={(e) => setText(e.target.value)} required />
          </label>
          <button type="submit" className={`btn${asking === 'reject' ? ' danger' : ''}`} disabled={busy || !text.trim()}>
            {asking === 'reject' ? 'Reject proposal' : 'Request changes'}
          </button>
          <button type="button" className="btn secondary" onClick={() => setAsking(null)}>Cancel</button>
        </form>
      ) : null}
      <ErrorMessage error={error} />
    </div>
  );
}
