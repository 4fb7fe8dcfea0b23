// The delegates of a meeting plan: who comes, from which side, with which qualification.
import type { ReactNode } from 'react';
import { humanize } from '../../../ui/Badge';
import { QUALIFICATIONS } from '../../../ui/program-fields';
import type { Delegate, Party } from './plan-values';

export function DelegatesEditor({ value, parties, limits, error, onChange }: {
  value: Delegate[];
  parties: Party[];
  /** The call's delegate limits, as the server publishes them. */
  limits?: ReactNode;
  error?: string;
  onChange: (delegates: Delegate[]) => void;
}) {
  const add = () => onChange([...value, { name: '', title: '', organizationId: parties[0]?.organizationId ?? '', qualification: 'NPO_OFFICIAL' }]);
  return (
    <fieldset>
      <legend>Delegates</legend>
      <p className="hint" data-testid="delegate-count">
        {value.length} delegate{value.length === 1 ? '' : 's'}. {limits}
      </p>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {value.map((d, i) => (
        <DelegateRow key={i} delegate={d} index={i} parties={parties}
          onPatch={(p) => onChange(value.map((x, j) => (j === i ? { ...x, ...p } : x)))}
          onRemove={() => onChange(value.filter((_, j) => j !== i))} />
      ))}
      <button type="button" className="btn secondary" onClick={add}>Add delegate</button>
    </fieldset>
  );
}

function DelegateRow({ delegate: d, index: i, parties, onPatch, onRemove }: {
  delegate: Delegate;
  index: number;
  parties: Party[];
  onPatch: (p: Partial<Delegate>) => void;
  onRemove: () => void;
}) {
  return (
    <div className="row" role="group" aria-label={`Delegate ${i + 1}`} style={{ alignItems: 'flex-end', marginBottom: '0.5rem' }}>
      <label className="field" style={{ margin: 0, flex: '2 1 9rem' }}><span className="label">Name</span><input value={d.name} onChange={(e) => onPatch({ name: e.target.value })} /></label>
      <label className="field" style={{ margin: 0, flex: '2 1 9rem' }}><span className="label">Title</span><input value={d.title} onChange={(e) => onPatch({ title: e.target.value })} /></label>
      <label className="field" style={{ margin: 0 }}><span className="label">Organization</span>
        <select value={d.organizationId} onChange={(e) => onPatch({ organizationId: e.target.value })}>
          {parties.map((p) => <option key={p.organizationId} value={p.organizationId}>{p.label}</option>)}
        </select>
      </label>
      <label className="field" style={{ margin: 0 }}><span className="label">Qualification</span>
        <select value={d.qualification} onChange={(e) => onPatch({ qualification: e.target.value })}>
          {QUALIFICATIONS.map((q) => <option key={q} value={q}>{humanize(q)}</option>)}
        </select>
      </label>
      <button type="button" className="btn secondary" aria-label={`Remove delegate ${i + 1}`} onClick={onRemove}>Remove</button>
    </div>
  );
}
