// Side-by-side diff of two revisions: every field, changed words struck out on the left and
// highlighted on the right; unchanged fields can be shown for context.
import { useState } from 'react';
import { diffWords, fieldText } from './diff';

export type Snapshot = Record<string, unknown>;

export function DiffView({ before, after, beforeLabel, afterLabel, labels = {} }: {
  before: Snapshot;
  after: Snapshot;
  beforeLabel: string;
  afterLabel: string;
  labels?: Record<string, string>;
}) {
  const [showAll, setShowAll] = useState(false);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const rows = keys.map((key) => ({ key, a: fieldText(before[key]), b: fieldText(after[key]) }));
  const changed = rows.filter((r) => r.a !== r.b);
  const shown = showAll ? rows : changed;
  return (
    <div className="stack">
      <div className="spread">
        <p className="small muted">{changed.length === 0 ? 'No field changed.' : `${changed.length} field${changed.length === 1 ? '' : 's'} changed.`}</p>
        <label className="small"><input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> Show unchanged fields</label>
      </div>
      <div className="diff" aria-hidden="true">
        <strong>{beforeLabel}</strong>
        <strong>{afterLabel}</strong>
      </div>
      {shown.map(({ key, a, b }) => {
        const parts = diffWords(a, b);
        return (
          <section key={key} aria-label={labels[key] ?? key}>
            <h4 className="label">{labels[key] ?? key}</h4>
            <div className="diff">
              <div className="side" data-side="before" aria-label={beforeLabel}>
                {parts.filter((p) => p.kind !== 'ins').map((p, i) => (p.kind === 'del' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
                {a === '' ? <span className="muted">(empty)</span> : null}
              </div>
              <div className="side" data-side="after" aria-label={afterLabel}>
                {parts.filter((p) => p.kind !== 'del').map((p, i) => (p.kind === 'ins' ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>))}
                {b === '' ? <span className="muted">(empty)</span> : null}
              </div>
            </div>
          </section>
        );
      })}
    </div>
  );
}
