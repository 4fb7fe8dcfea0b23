// The transitions of a pairing the viewer may take now, exactly as the server lists them
// (`viewerActions`): nothing is derived here. Steps that commit or end a pairing ask first; an
// NPO member is told why those buttons are not theirs.
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { PairingFieldsFragment } from '../../gql/graphql';
import { ErrorMessage } from '../../ui/State';
import { ConfirmButton } from '../../ui/Confirm';
import { formatDateTime } from '../../ui/format';
import { useViewer } from '../auth/ViewerContext';
import { CancelMutation, CompleteMutation, HeldMutation, RescheduleMutation, RespondMutation, ScheduleMutation, StartFollowUpMutation } from './pairings.documents';

type Asking = null | 'decline' | 'cancel' | 'reschedule';
const QUESTIONS: Record<Exclude<Asking, null>, { question: string; reason: string; confirm: string }> = {
  decline: { question: 'Decline hosting? The Secretariat may then invite another host.', reason: 'Why you decline', confirm: 'Decline hosting' },
  cancel: { question: 'Cancel this pairing? This ends it for both NPOs.', reason: 'Why cancel', confirm: 'Cancel pairing' },
  reschedule: { question: 'Reschedule the meeting? The plan opens for changes again (nothing in it is lost) and both sides are told why.', reason: 'Why reschedule', confirm: 'Reschedule the meeting' },
};
const COMMITTING = ['SCHEDULE', 'RESCHEDULE', 'MARK_HELD', 'COMPLETE', 'CANCEL'];

export function PairingActions({ pairing: p }: { pairing: PairingFieldsFragment }) {
  const { viewer } = useViewer();
  const [respond, r] = useMutation(RespondMutation);
  const [schedule, s] = useMutation(ScheduleMutation);
  const [held, h] = useMutation(HeldMutation);
  const [followUp, f] = useMutation(StartFollowUpMutation);
  const [complete, c] = useMutation(CompleteMutation);
  const [cancel, x] = useMutation(CancelMutation);
  const [reschedule, rs] = useMutation(RescheduleMutation);
  const [asking, setAsking] = useState<Asking>(null);
  const [reason, setReason] = useState('');
  const busy = r.loading || s.loading || h.loading || f.loading || c.loading || x.loading || rs.loading;
  const error = r.error ?? s.error ?? h.error ?? f.error ?? c.error ?? x.error ?? rs.error;
  const vars = { pairingId: p.id, version: p.version };
  const run = (fn: () => Promise<unknown>) => void fn().catch(() => {});
  const can = (a: string) => p.viewerActions.includes(a as never);
  const open = !['COMPLETED', 'CANCELLED', 'HOST_DECLINED'].includes(p.status);
  const member = viewer?.user?.role === 'NPO_MEMBER';

  return (
    <div className="stack" style={{ margin: '1rem 0' }}>
      <div className="row">
        {can('ACCEPT_INVITATION') ? <button type="button" className="btn" disabled={busy} onClick={() => run(() => respond({ variables: { ...vars, accept: true } }))}>Accept hosting</button> : null}
        {can('DECLINE_INVITATION') ? <button type="button" className="btn secondary" disabled={busy} onClick={() => setAsking('decline')}>Decline…</button> : null}
        {can('SCHEDULE') ? <ConfirmButton label="Schedule the meeting" confirmLabel="Yes, schedule it" disabled={busy} question="Schedule the meeting as planned? Both sides are told and the plan is fixed until someone reschedules." onConfirm={() => run(() => schedule({ variables: vars }))} /> : null}
        {can('RESCHEDULE') ? <button type="button" className="btn secondary" disabled={busy} onClick={() => setAsking('reschedule')}>Reschedule…</button> : null}
        {can('MARK_HELD') ? <ConfirmButton label="Mark meeting held" confirmLabel="Yes, it was held" disabled={busy} question="Mark the meeting as held?" onConfirm={() => run(() => held({ variables: vars }))} /> : null}
        {can('START_FOLLOW_UP') ? <button type="button" className="btn" disabled={busy} onClick={() => run(() => followUp({ variables: vars }))}>Start follow-up</button> : null}
        {can('COMPLETE') ? <ConfirmButton label="Complete pairing" confirmLabel="Yes, complete it" disabled={busy} question="Complete this pairing? Both NPOs and the Secretariat are told." onConfirm={() => run(() => complete({ variables: vars }))} /> : null}
        {can('CANCEL') ? <button type="button" className="btn secondary" disabled={busy} onClick={() => setAsking('cancel')}>Cancel pairing…</button> : null}
      </div>
      {p.status === 'MEETING_SCHEDULED' && !can('MARK_HELD') && p.viewerActions.some((a) => COMMITTING.includes(a)) && p.meetingPlan?.startsAt ? (
        <p className="small muted">“Mark meeting held” appears once the meeting has started ({formatDateTime(p.meetingPlan.startsAt, viewer?.organization.timeZone)}).</p>
      ) : null}
      {member && open && !p.viewerActions.some((a) => COMMITTING.includes(a)) ? (
        <p className="small muted" data-testid="member-note">Scheduling, rescheduling, marking the meeting held, completing and cancelling are for an NPO administrator of either side or the APO Secretariat. You can plan, post and propose follow-ups.</p>
      ) : null}
      {asking ? (
        <form className="confirm" role="alertdialog" aria-label={QUESTIONS[asking].question} onSubmit={(e) => {
          e.preventDefault();
          run(async () => {
            if (asking === 'decline') await respond({ variables: { ...vars, accept: false, reason } });
            else if (asking === 'cancel') await cancel({ variables: { ...vars, reason } });
            else await reschedule({ variables: { input: { ...vars, reason } } });
            setAsking(null);
            setReason('');
          });
        }}>
          <p style={{ margin: 0 }}>{QUESTIONS[asking].question}</p>
          <label className="field" style={{ margin: 0 }}>
            <span className="label">{QUESTIONS[asking].reason}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} required />
          </label>
          <div className="row">
            <button type="submit" className="btn danger" disabled={busy || !reason.trim()}>{QUESTIONS[asking].confirm}</button>
            <button type="button" className="btn secondary" onClick={() => setAsking(null)}>Back</button>
          </div>
        </form>
      ) : null}
      <ErrorMessage error={error} />
    </div>
  );
}
