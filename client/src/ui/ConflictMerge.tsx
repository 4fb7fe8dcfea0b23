// After a stale save (CONFLICT) whose changes overlap: each field both people changed is shown
// side by side — theirs (already saved) and yours — for the user to choose; text can also be
// combined or edited by hand. Fields only one side changed are listed as kept, not asked about.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { Fields, MergeResult } from './merge';

export function ConflictMerge<T extends Fields>({ result, mine, theirs, labels, textFields = [], show, who = 'someone else', title, onMerged, onCancel, saving }: {
  result: MergeResult<T>;
  mine: T;
  theirs: T;
  labels: Record<string, string>;
  /** Free-text fields: they start from the user's text and can be combined or edited by hand. */
  textFields?: readonly string[];
  /** How a non-text value reads (e.g. times in both zones, a list of names). */
  show?: (key: string, value: unknown) => ReactNode;
  who?: string;
  title: string;
  /** The merged values; the caller saves them against the version it just read. */
  onMerged: (merged: T) => void;
  onCancel?: () => void;
  saving?: boolean;
}) {
  const [choices, setChoices] = useState<Fields>(() => Object.fromEntries(result.conflicts.filter((k) => textFields.includes(k)).map((k) => [k, mine[k]])));
  const choose = (k: string, v: unknown) => setChoices((c) => ({ ...c, [k]: v }));
  const undecided = result.conflicts.filter((k) => !(k in choices));
  const label = (k: string) => labels[k] ?? k;
  const view = (k: string, v: unknown) => (show ? show(k, v) : typeof v === 'string' ? (v || <span className="muted">(empty)</span>) : String(v ?? '—'));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (undecided.length === 0) onMerged({ ...result.merged, ...choices } as T);
  }

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="conflict-title" data-testid="conflict-merge">
      <h2 id="conflict-title">{title}</h2>
      <p className="muted">Nothing is lost: choose, for each field you both changed, which version to keep. Then save again.</p>
      {result.theirs.length ? <p className="alert info" data-testid="kept-theirs">Kept from {who}: {result.theirs.map(label).join(', ')}.</p> : null}
      {result.mine.length ? <p className="alert info" data-testid="kept-mine">Kept from you: {result.mine.map(label).join(', ')}.</p> : null}
      {result.conflicts.map((k) => (
        <ConflictField key={k} k={k} label={label(k)} text={textFields.includes(k)} who={who} mine={mine[k]} theirs={theirs[k]} chosen={choices[k]} decided={k in choices} view={(v) => view(k, v)} choose={(v) => choose(k, v)} />
      ))}
      {undecided.length ? <p className="field-error">Choose a version for: {undecided.map(label).join(', ')}.</p> : null}
      <div className="row">
        <button type="submit" className="btn" disabled={saving || undecided.length > 0}>{saving ? 'Saving…' : 'Save merged version'}</button>
        {onCancel ? <button type="button" className="btn secondary" onClick={onCancel}>Discard my changes</button> : null}
      </div>
    </form>
  );
}

/** One field both people changed: theirs and yours side by side, and the choice (or, for text, the merged text). */
function ConflictField({ k, label, text, who, mine, theirs, chosen, decided, view, choose }: {
  k: string;
  label: string;
  text: boolean;
  who: string;
  mine: unknown;
  theirs: unknown;
  chosen: unknown;
  decided: boolean;
  view: (value: unknown) => ReactNode;
  choose: (value: unknown) => void;
}) {
  return (
    <fieldset data-testid={`conflict-${k}`}>
      <legend>{label} — changed by both</legend>
      <div className="diff">
        <div>
          <div className="label">Saved by {who}</div>
          <div className="side" data-testid={`theirs-${k}`}>{view(theirs)}</div>
          <button type="button" className="btn secondary" aria-pressed={!text ? chosen === theirs : undefined} onClick={() => choose(theirs)}>Use theirs</button>
        </div>
        <div>
          <div className="label">Yours</div>
          <div className="side" data-testid={`mine-${k}`}>{view(mine)}</div>
          <div className="row">
            <button type="button" className="btn secondary" aria-pressed={!text ? chosen === mine : undefined} onClick={() => choose(mine)}>Use mine</button>
            {text ? <button type="button" className="btn secondary" onClick={() => choose(`${String(theirs ?? '')}\n\n${String(mine ?? '')}`.trim())}>Combine both</button> : null}
          </div>
        </div>
      </div>
      {text ? (
        <div className="field">
          <label htmlFor={`merge-${k}`}>Merged {label}</label>
          <textarea id={`merge-${k}`} value={String(chosen ?? '')} onChange={(e) => choose(e.target.value)} />
        </div>
      ) : <p className="small" role="status">{decided ? `Keeping ${chosen === theirs ? 'theirs' : 'yours'}.` : 'Choose one.'}</p>}
    </fieldset>
  );
}
