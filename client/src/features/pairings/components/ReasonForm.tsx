// A step that ends or reopens something asks why, and the reason is required.
export type ReasonQuestion = { question: string; reason: string; confirm: string };

export function ReasonForm({ ask, reason, setReason, busy, onSubmit, onBack }: {
  ask: ReasonQuestion;
  /** Kept by the caller: going back and asking again keeps what was typed. */
  reason: string;
  setReason: (reason: string) => void;
  busy: boolean;
  onSubmit: () => void;
  onBack: () => void;
}) {
  return (
    <form className="confirm" role="alertdialog" aria-label={ask.question} onSubmit={(e) => { e.preventDefault(); onSubmit(); }}>
      <p style={{ margin: 0 }}>{ask.question}</p>
      <label className="field" style={{ margin: 0 }}>
        <span className="label">{ask.reason}</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} required />
      </label>
      <div className="row">
        <button type="submit" className="btn danger" disabled={busy || !reason.trim()}>{ask.confirm}</button>
        <button type="button" className="btn secondary" onClick={onBack}>Back</button>
      </div>
    </form>
  );
}
