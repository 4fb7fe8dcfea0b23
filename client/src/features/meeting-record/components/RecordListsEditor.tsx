// The lists of a meeting record's editor: who took part (from either NPO, with the qualification
// the call asks about) and the sessions held, in order.
import { humanize } from '../../../ui/Badge';
import { QUALIFICATIONS } from '../../../ui/program-fields';
import type { Participant, Session, Side } from '../record-values';

const cell = { margin: 0, flex: '2 1 9rem' };
const replace = <T,>(list: T[], i: number, patch: Partial<T>) => list.map((x, j) => (j === i ? { ...x, ...patch } : x));

export function ParticipantsEditor({ value, sides, error, onChange }: { value: Participant[]; sides: Side[]; error?: string; onChange: (v: Participant[]) => void }) {
  const add = () => onChange([...value, { name: '', title: '', organizationId: sides[0]?.organizationId ?? '', qualification: 'NPO_OFFICIAL' }]);
  return (
    <fieldset>
      <legend>Participants</legend>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {value.map((d, i) => (
        <div key={i} className="row" role="group" aria-label={`Participant ${i + 1}`} style={{ alignItems: 'flex-end', marginBottom: '0.5rem' }}>
          <label className="field" style={cell}><span className="label">Name</span><input value={d.name} onChange={(e) => onChange(replace(value, i, { name: e.target.value }))} /></label>
          <label className="field" style={cell}><span className="label">Title</span><input value={d.title} onChange={(e) => onChange(replace(value, i, { title: e.target.value }))} /></label>
          <label className="field" style={{ margin: 0 }}><span className="label">Organization</span>
            <select value={d.organizationId} onChange={(e) => onChange(replace(value, i, { organizationId: e.target.value }))}>
              {sides.map((s) => <option key={s.organizationId} value={s.organizationId}>{s.label}</option>)}
            </select>
          </label>
          <label className="field" style={{ margin: 0 }}><span className="label">Qualification</span>
            <select value={d.qualification} onChange={(e) => onChange(replace(value, i, { qualification: e.target.value }))}>
              {QUALIFICATIONS.map((q) => <option key={q} value={q}>{humanize(q)}</option>)}
            </select>
          </label>
          <button type="button" className="btn secondary" aria-label={`Remove participant ${i + 1}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>Remove</button>
        </div>
      ))}
      <button type="button" className="btn secondary" onClick={add}>Add participant</button>
    </fieldset>
  );
}

export function SessionsEditor({ value, error, onChange }: { value: Session[]; error?: string; onChange: (v: Session[]) => void }) {
  return (
    <fieldset>
      <legend>Sessions</legend>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {value.map((s, i) => (
        <div key={i} className="stack" role="group" aria-label={`Session ${i + 1}`} style={{ marginBottom: '0.5rem' }}>
          <label className="field" style={{ margin: 0 }}><span className="label">Session title</span><input value={s.title} onChange={(e) => onChange(replace(value, i, { title: e.target.value }))} /></label>
          <label className="field" style={{ margin: 0 }}><span className="label">Summary</span><textarea rows={2} value={s.summary} onChange={(e) => onChange(replace(value, i, { summary: e.target.value }))} /></label>
          <button type="button" className="btn secondary" aria-label={`Remove session ${i + 1}`} onClick={() => onChange(value.filter((_, j) => j !== i))}>Remove</button>
        </div>
      ))}
      <button type="button" className="btn secondary" onClick={() => onChange([...value, { title: '', summary: '' }])}>Add session</button>
    </fieldset>
  );
}
