// The transitions of a pairing the viewer may take now, exactly as the server lists them
// (`viewerActions`): nothing is derived here. Steps that commit or end a pairing ask first; an
// NPO member is told why those buttons are not theirs.
import { useState } from 'react';
import type { PairingFieldsFragment } from '../../gql/graphql';
import { ErrorMessage } from '../../ui/State';
import { ConfirmButton } from '../../ui/Confirm';
import { formatDateTime } from '../../ui/format';
import { useViewer } from '../auth/ViewerContext';
import { ReasonForm, type ReasonQuestion } from './components/ReasonForm';
import { usePairingTransitions, type ReasonStep } from './use-pairing-transitions';

const QUESTIONS: Record<ReasonStep, ReasonQuestion> = {
  decline: { question: 'Decline hosting? The Secretariat may then invite another host.', reason: 'Why you decline', confirm: 'Decline hosting' },
  cancel: { question: 'Cancel this pairing? This ends it for both NPOs.', reason: 'Why cancel', confirm: 'Cancel pairing' },
  reschedule: { question: 'Reschedule the meeting? The plan opens for changes again (nothing in it is lost) and both sides are told why.', reason: 'Why reschedule', confirm: 'Reschedule the meeting' },
};
const COMMITTING = ['SCHEDULE', 'RESCHEDULE', 'MARK_HELD', 'COMPLETE', 'CANCEL'];

export function PairingActions({ pairing: p }: { pairing: PairingFieldsFragment }) {
  const { viewer } = useViewer();
  const t = usePairingTransitions(p);
  const [asking, setAsking] = useState<ReasonStep | null>(null);
  const [reason, setReason] = useState('');
  const can = (a: string) => p.viewerActions.includes(a as never);
  const open = !['COMPLETED', 'CANCELLED', 'HOST_DECLINED'].includes(p.status);
  const member = viewer?.user?.role === 'NPO_MEMBER';
  const commits = p.viewerActions.some((a) => COMMITTING.includes(a));
  const submitReason = (step: ReasonStep) => t.run(async () => {
    await t.withReason(step, reason);
    setAsking(null);
    setReason('');
  });

  return (
    <div className="stack" style={{ margin: '1rem 0' }}>
      <TransitionButtons can={can} busy={t.busy} t={t} ask={setAsking} />
      {p.status === 'MEETING_SCHEDULED' && !can('MARK_HELD') && commits && p.meetingPlan?.startsAt ? (
        <p className="small muted">“Mark meeting held” appears once the meeting has started ({formatDateTime(p.meetingPlan.startsAt, viewer?.organization.timeZone)}).</p>
      ) : null}
      {member && open && !commits ? (
        <p className="small muted" data-testid="member-note">Scheduling, rescheduling, marking the meeting held, completing and cancelling are for an NPO administrator of either side or the APO Secretariat. You can plan, post and propose follow-ups.</p>
      ) : null}
      {asking ? (
        <ReasonForm ask={QUESTIONS[asking]} reason={reason} setReason={setReason} busy={t.busy} onSubmit={() => submitReason(asking)} onBack={() => setAsking(null)} />
      ) : null}
      <ErrorMessage error={t.error} />
    </div>
  );
}

function TransitionButtons({ can, busy, t, ask }: {
  can: (action: string) => boolean;
  busy: boolean;
  t: ReturnType<typeof usePairingTransitions>;
  ask: (step: ReasonStep) => void;
}) {
  return (
    <div className="row">
      {can('ACCEPT_INVITATION') ? <button type="button" className="btn" disabled={busy} onClick={t.accept}>Accept hosting</button> : null}
      {can('DECLINE_INVITATION') ? <button type="button" className="btn secondary" disabled={busy} onClick={() => ask('decline')}>Decline…</button> : null}
      {can('SCHEDULE') ? <ConfirmButton label="Schedule the meeting" confirmLabel="Yes, schedule it" disabled={busy} question="Schedule the meeting as planned? Both sides are told and the plan is fixed until someone reschedules." onConfirm={t.schedule} /> : null}
      {can('RESCHEDULE') ? <button type="button" className="btn secondary" disabled={busy} onClick={() => ask('reschedule')}>Reschedule…</button> : null}
      {can('MARK_HELD') ? <ConfirmButton label="Mark meeting held" confirmLabel="Yes, it was held" disabled={busy} question="Mark the meeting as held?" onConfirm={t.held} /> : null}
      {can('START_FOLLOW_UP') ? <button type="button" className="btn" disabled={busy} onClick={t.startFollowUp}>Start follow-up</button> : null}
      {can('COMPLETE') ? <ConfirmButton label="Complete pairing" confirmLabel="Yes, complete it" disabled={busy} question="Complete this pairing? Both NPOs and the Secretariat are told." onConfirm={t.complete} /> : null}
      {can('CANCEL') ? <button type="button" className="btn secondary" disabled={busy} onClick={() => ask('cancel')}>Cancel pairing…</button> : null}
    </div>
  );
}
