// Planned participants of a proposal. The call's limits are shown as the server states them; which
// limit applies is the server's rule, and its refusal names the field (shown here as `error`).
import { humanize } from '../../../ui/Badge';
import { LimitsNote, QUALIFICATIONS } from '../../../ui/program-fields';

export type Participant = { name: string; title: string; qualification: string };

export function ParticipantsEditor({ value, onChange, limits, error }: {
  value: Participant[];
  onChange: (next: Participant[]) => void;
  limits: ReadonlyArray<{ modality: string; max: number }>;
  error?: string;
}) {
  const set = (i: number, patch: Partial<Participant>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <fieldset>
      <legend>Planned participants</legend>
      <p className="hint" data-testid="participant-count" aria-live="polite">
        {value.length} planned. <LimitsNote limits={limits} what="participants" />
      </p>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {value.map((p, i) => (
        <div key={i} className="row" style={{ alignItems: 'flex-end', marginBottom: '0.5rem' }} role="group" aria-label={`Participant ${i + 1}`}>
          <label className="field" style={{ flex: '2 1 10rem', margin: 0 }}>
            <span className="label">Name</span>
            <input value={p.name} onChange={(e) => set(i, { name: e.target.value })} />
          </label>
          <label className="field" style={{ flex: '2 1 10rem', margin: 0 }}>
            <span className="label">Title</span>
            <input value={p.title} onChange={(e) => set(i, { title: e.target.value })} />
          </label>
          <label className="field" style={{ flex: '1 1 10rem', margin: 0 }}>
            <span className="label">Qualification</span>
            <select value={p.qualification} onChange={(e) => set(i, { qualification: e.target.value })}>
              {QUALIFICATIONS.map((q) => <option key={q} value={q}>{humanize(q)}</option>)}
            </select>
          </label>
          <button type="button" className="btn secondary" onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label={`Remove participant ${i + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="btn secondary" onClick={() => onChange([...value, { name: '', title: '', qualification: 'NPO_OFFICIAL' }])}>
        Add participant
      </button>
    </fieldset>
  );
}
