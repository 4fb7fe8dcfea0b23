// Ranked preferred host NPOs: add from the list, move up or down, remove. Rank 1 is first choice.
import { useState } from 'react';
import { orgLong } from '../../../ui/org';

export type Org = { id: string; name: string; acronym: string; economy?: { name: string } | null };

export function HostPicker({ options, value, onChange, error }: {
  options: Org[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const [pick, setPick] = useState('');
  const byId = new Map(options.map((o) => [o.id, o]));
  const move = (i: number, d: number) => {
    const next = [...value];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x!);
    onChange(next);
  };
  return (
    <fieldset>
      <legend>Preferred host NPOs (ranked)</legend>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <ol>
        {value.map((id, i) => (
          <li key={id} className="row">
            <span>{byId.has(id) ? orgLong(byId.get(id)!) : id}</span>
            <button type="button" className="btn secondary" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${byId.get(id)?.acronym} up`}>↑</button>
            <button type="button" className="btn secondary" disabled={i === value.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${byId.get(id)?.acronym} down`}>↓</button>
            <button type="button" className="btn secondary" onClick={() => onChange(value.filter((v) => v !== id))} aria-label={`Remove ${byId.get(id)?.acronym}`}>Remove</button>
          </li>
        ))}
      </ol>
      <div className="row">
        <label className="field" style={{ margin: 0, flex: '1 1 16rem' }}>
          <span className="label">Add a host</span>
          <select value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">Choose an NPO…</option>
            {options.filter((o) => !value.includes(o.id)).map((o) => <option key={o.id} value={o.id}>{orgLong(o)}</option>)}
          </select>
        </label>
        <button type="button" className="btn secondary" disabled={!pick} onClick={() => { onChange([...value, pick]); setPick(''); }}>Add</button>
      </div>
    </fieldset>
  );
}
