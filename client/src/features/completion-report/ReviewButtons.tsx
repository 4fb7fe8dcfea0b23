// The Secretariat's decisions on a report: accept, ask for changes (with the reason), or waive it
// (with the reason, recorded on the report). Each asks first, the reason in the same question.
import { useState } from 'react';
import { ConfirmButton } from '../../ui/Confirm';

export function ReviewButtons({ status, busy, onAccept, onChanges, onWaive }: {
  status: string;
  busy: boolean;
  onAccept: () => Promise<unknown>;
  onChanges: (reason: string) => Promise<unknown>;
  onWaive: (reason: string) => Promise<unknown>;
}) {
  const submitted = status === 'SUBMITTED';
  const waivable = ['DUE', 'SUBMITTED', 'CHANGES_REQUESTED'].includes(status);
  if (!submitted && !waivable) return null;
  // Refusals are shown from the mutation state by the section.
  const quiet = (p: Promise<unknown>) => void p.catch(() => {});
  return (
    <div className="row">
      {submitted ? <ConfirmButton label="Accept report" confirmLabel="Yes, accept it" disabled={busy} question="Accept the report? The pairing can then be completed." onConfirm={() => quiet(onAccept())} /> : null}
      {submitted ? <ReasonButton label="Ask for changes" reasonLabel="What should change" question="Send the report back to the sending NPO?" busy={busy} onConfirm={onChanges} /> : null}
      {waivable ? <ReasonButton label="Waive report" reasonLabel="Why waive it" question="Waive the report? The pairing may then complete without it." busy={busy} onConfirm={onWaive} /> : null}
    </div>
  );
}

function ReasonButton({ label, reasonLabel, question, busy, onConfirm }: {
  label: string;
  reasonLabel: string;
  question: string;
  busy: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
}) {
  const [reason, setReason] = useState('');
  return (
    <ConfirmButton label={label} confirmLabel={label} question={question} disabled={busy} confirmDisabled={busy || !reason.trim()}
      onConfirm={() => void onConfirm(reason.trim()).then(() => setReason(''), () => {})}>
      <label className="field" style={{ margin: 0 }}>
        <span className="label">{reasonLabel}</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} required />
      </label>
    </ConfirmButton>
  );
}
