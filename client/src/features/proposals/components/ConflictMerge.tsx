// When a save hits CONFLICT: for each text field that differs, show the saved version and the
// user's own side by side, with an editable merge that starts from the user's text (never lost).
import { useState, type FormEvent } from 'react';

export type TextFields = Record<string, string>;

export function ConflictMerge({ mine, theirs, labels, onMerged, onCancel, saving, otherChanges = [] }: {
  mine: TextFields;
  theirs: TextFields;
  labels: Record<string, string>;
  /** Labels of non-text fields where the two versions differ; the user's choice is saved. */
  otherChanges?: string[];
  /** Called with the merged values; the caller saves them against the current version. */
  onMerged: (merged: TextFields) => void;
  onCancel?: () => void;
  saving?: boolean;
}) {
  const conflicting = Object.keys(mine).filter((k) => (mine[k] ?? '') !== (theirs[k] ?? ''));
  const [merged, setMerged] = useState<TextFields>(() => ({ ...theirs, ...mine }));
  const set = (k: string, v: string) => setMerged((m) => ({ ...m, [k]: v }));

  function submit(e: FormEvent) {
    e.preventDefault();
    onMerged(merged);
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="conflict-title">
      <h2 id="conflict-title">Someone else saved this proposal while you were editing</h2>
      <p className="muted">Your text is kept below. Compare it with the saved version, merge, then save again.</p>
      {conflicting.length === 0 ? <p>Your text does not overlap with theirs.</p> : null}
      {otherChanges.length ? (
        <p className="alert info">Also different: {otherChanges.join(', ')}. Saving keeps your choice for these.</p>
      ) : null}
      {conflicting.map((k) => (
        <fieldset key={k}>
          <legend>{labels[k] ?? k}</legend>
          <div className="diff">
            <div>
              <div className="label">Saved by someone else</div>
              <div className="side" data-testid={`theirs-${k}`}>{theirs[k] || <span className="muted">(empty)</span>}</div>
              <button type="button" className="btn secondary" onClick={() => set(k, theirs[k] ?? '')}>Use theirs</button>
            </div>
            <div>
              <div className="label">Yours</div>
              <div className="side" data-testid={`mine-${k}`}>{mine[k] || <span className="muted">(empty)</span>}</div>
              <div className="row">
                <button type="button" className="btn secondary" onClick={() => set(k, mine[k] ?? '')}>Use mine</button>
                <button type="button" className="btn secondary" onClick={() => set(k, `${theirs[k] ?? ''}\n\n${mine[k] ?? ''}`.trim())}>Combine both</button>
              </div>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`merge-${k}`}>Merged {labels[k] ?? k}</label>
            <textarea id={`merge-${k}`} value={merged[k] ?? ''} onChange={(e) => set(k, e.target.value)} />
          </div>
        </fieldset>
      ))}
      <div className="row">
        <button type="submit" className="btn" disabled={saving}>{saving ? 'Saving…' : 'Save merged version'}</button>
        {onCancel ? <button type="button" className="btn secondary" onClick={onCancel}>Keep editing</button> : null}
      </div>
    </form>
  );
}
