// Planned participants of a proposal, counted against the call's limit for the chosen modality.
import { humanize } from '../../../ui/Badge';

export type Participant = { name: string; title: string; qualification: string };
export const QUALIFICATIONS = ['HIGH_LEVEL_OFFICIAL', 'POLICYMAKER', 'NPO_OFFICIAL'] as const;

export function participantLimitFor(limits: ReadonlyArray<{ modality: string; max: number }>, modality: string): number | null {
  const exact = limits.find((l) => l.modality === modality);
  if (exact) return exact.max;
  // A hybrid activity brings people in person too: the stricter face-to-face limit applies.
  if (modality === 'HYBRID') {
    const maxes = limits.map((l) => l.max);
    return maxes.length ? Math.min(...maxes) : null;
  }
  return null;
}

export function ParticipantsEditor({ value, onChange, limit, modality, error }: {
  value: Participant[];
  onChange: (next: Participant[]) => void;
  limit: number | null;
  modality: string;
  error?: string;
}) {
  const over = limit !== null && value.length > limit;
  const set = (i: number, patch: Partial<Participant>) => onChange(value.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  return (
    <fieldset>
      <legend>Planned participants</legend>
      <p className={over ? 'field-error' : 'hint'} data-testid="participant-count" aria-live="polite">
        {value.length} planned
        {limit !== null ? ` of at most ${limit} for a ${humanize(modality).toLowerCase()} activity` : ''}
        {over ? ` — remove ${value.length - limit!} to submit.` : '.'}
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
