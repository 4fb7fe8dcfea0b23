// Steps that cannot be taken back (submit, approve, reject, complete, cancel…) ask first: the
// button opens a short question in place, with focus on the confirming button, and Escape or
// "Go back" leaves everything as it was.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled, confirmDisabled, danger, ariaLabel, children }: {
  label: string;
  question: ReactNode;
  /** The confirming button's text, e.g. "Yes, approve". */
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  /** The confirming button only, e.g. until a required reason is typed. */
  confirmDisabled?: boolean;
  danger?: boolean;
  ariaLabel?: string;
  /** Extra inputs asked together with the confirmation (e.g. a reason). */
  children?: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => { if (asking && !children) confirmRef.current?.focus(); }, [asking, children]);
  if (!asking) {
    return <button type="button" className={`btn${danger ? ' danger' : ''}`} disabled={disabled} aria-label={ariaLabel} onClick={() => setAsking(true)}>{label}</button>;
  }
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={id} onKeyDown={(e) => { if (e.key === 'Escape') setAsking(false); }}>
      <p id={id} style={{ margin: 0 }}>{question}</p>
      {children}
      <div className="row">
        <button ref={confirmRef} type="button" className={`btn${danger ? ' danger' : ''}`} disabled={disabled || confirmDisabled} onClick={() => { setAsking(false); onConfirm(); }}>{confirmLabel}</button>
        <button type="button" className="btn secondary" onClick={() => setAsking(false)}>Go back</button>
      </div>
    </div>
  );
}
