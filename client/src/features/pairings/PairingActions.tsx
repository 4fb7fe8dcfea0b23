// The transitions of a pairing, each shown only to the party and in the state where it applies.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { PairingFieldsFragment } from '../../gql/graphql';
import { ErrorMessage } from '../../ui/State';
import { ConfirmButton } from '../../ui/Confirm';
import { CancelMutation, CompleteMutation, HeldMutation, RespondMutation, ScheduleMutation, StartFollowUpMutation } from './pairings.documents';

const OPEN = ['HOST_INVITED', 'PLANNING', 'MEETING_SCHEDULED', 'MEETING_HELD', 'FOLLOW_UP'];

export function PairingActions({ pairing: p, side }: { pairing: PairingFieldsFragment; side: 'sending' | 'host' | 'secretariat' | null }) {
  const [respond, r] = useMutation(RespondMutation);
  const [schedule, s] = useMutation(ScheduleMutation);
  const [held, h] = useMutation(HeldMutation);
  const [followUp, f] = useMutation(StartFollowUpMutation);
  const [complete, c] = useMutation(CompleteMutation);
  const [cancel, x] = useMutation(CancelMutation);
  const [asking, setAsking] = useState<null | 'decline' | 'cancel'>(null);
  const [reason, setReason] = useState('');
  const busy = r.loading || s.loading || h.loading || f.loading || c.loading || x.loading;
  const error = r.error ?? s.error ?? h.error ?? f.error ?? c.error ?? x.error;
  const vars = { pairingId: p.id, version: p.version };
  const run = (fn: () => Promise<unknown>) => void fn().catch(() => {});
  const party = side !== null;

  return (
    <div className="stack" style={{ margin: '1rem 0' }}>
      <div className="row">
        {p.status === 'HOST_INVITED' && (side === 'host' || side === 'secretariat') ? (
          <>
            <button type="button" className="btn" disabled={busy} onClick={() => run(() => respond({ variables: { ...vars, accept: true } }))}>Accept hosting</button>
            <button type="button" className="btn secondary" disabled={busy} onClick={() => setAsking('decline')}>Decline…</button>
          </>
        ) : null}
        {p.status === 'PLANNING' && party ? <button type="button" className="btn" disabled={busy} onClick={() => run(() => schedule({ variables: vars }))}>Schedule the meeting</button> : null}
        {p.status === 'MEETING_SCHEDULED' && party ? <button type="button" className="btn" disabled={busy} onClick={() => run(() => held({ variables: vars }))}>Mark meeting held</button> : null}
        {p.status === 'MEETING_HELD' && party ? <button type="button" className="btn" disabled={busy} onClick={() => run(() => followUp({ variables: vars }))}>Start follow-up</button> : null}
        {p.status === 'FOLLOW_UP' && party ? (
          <ConfirmButton label="Complete pairing" confirmLabel="Yes, complete it" disabled={busy}
            question="Complete this pairing? It closes the workspace's planning; both NPOs and the Secretariat are told."
            onConfirm={() => run(() => complete({ variables: vars }))} />
        ) : null}
        {OPEN.includes(p.status) && party ? <button type="button" className="btn secondary" disabled={busy} onClick={() => setAsking('cancel')}>Cancel pairing…</button> : null}
      </div>
      {asking ? (
        <form className="row" onSubmit={(e) => {
          e.preventDefault();
          run(async () => {
            if (asking === 'decline') await respond({ variables: { ...vars, accept: false, reason } });
            else await cancel({ variables: { ...vars, reason } });
            setAsking(null);
          });
        }}>
          <p style={{ flex: '1 1 100%', margin: 0 }}>{asking === 'decline' ? 'Decline hosting? The Secretariat may then invite another host.' : 'Cancel this pairing? This ends it for both NPOs.'}</p>
          <label className="field" style={{ flex: '1 1 18rem', margin: 0 }}>
            <span className="label">{asking === 'decline' ? 'Why you decline' : 'Why cancel'}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} required />
          </label>
          <button type="submit" className="btn danger" disabled={busy || !reason.trim()}>{asking === 'decline' ? 'Decline hosting' : 'Cancel pairing'}</button>
          <button type="button" className="btn secondary" onClick={() => setAsking(null)}>Back</button>
        </form>
      ) : null}
      <ErrorMessage error={error} />
    </div>
  );
}
