// The meeting plan editor: times typed in the viewer's own zone by default (or the other party's)
// and always shown in both, venue or link, an ordered agenda, and delegates.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Field } from '../../../ui/Field';
import { ModalityField } from '../../../ui/program-fields';
import type { Zone } from '../../../ui/format';
import { ZonedTime } from './ZonedTime';
import { AgendaEditor } from './AgendaEditor';
import { DelegatesEditor } from './DelegatesEditor';
import { localIn, utcFrom, type Party, type PlanValues } from './plan-values';

export type { AgendaItem, Delegate, Party, PlanValues } from './plan-values';

export function MeetingPlanForm({ initial, parties, ownZone, limits, errors, saving, onSave }: {
  initial: PlanValues;
  parties: Party[];
  /** The viewer's own organization's zone: where they think in, so times are typed in it by default. */
  ownZone?: Zone | null;
  /** The call's delegate limits, as the server publishes them. */
  limits?: ReactNode;
  errors: Record<string, string>;
  saving: boolean;
  onSave: (v: PlanValues) => void;
}) {
  const [v, setV] = useState(initial);
  const zones: Zone[] = ownZone && !parties.some((p) => p.timeZone === ownZone.timeZone) ? [...parties, ownZone] : parties;
  const [zone, setZone] = useState(ownZone?.timeZone ?? parties[0]?.timeZone ?? 'UTC');
  const set = <K extends keyof PlanValues>(k: K, value: PlanValues[K]) => setV((x) => ({ ...x, [k]: value }));
  const submit = (e: FormEvent) => { e.preventDefault(); onSave(v); };

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-label="Meeting plan">
      <div className="grid">
        <ModalityField value={v.modality} error={errors.modality} onChange={(m) => set('modality', m)} />
        <Field label="Enter times in" hint="Times are stored in UTC and shown in both parties' zones.">
          <select value={zone} onChange={(e) => setZone(e.target.value)}>
            {zones.map((p) => <option key={p.label} value={p.timeZone}>{p.label} ({p.timeZone})</option>)}
          </select>
        </Field>
      </div>
      <div className="grid">
        <TimeField label="Starts" testId="starts-both-zones" iso={v.startsAt} zone={zone} parties={parties} error={errors.startsAt} onChange={(t) => set('startsAt', t)} />
        <TimeField label="Ends" iso={v.endsAt} zone={zone} parties={parties} error={errors.endsAt} onChange={(t) => set('endsAt', t)} />
      </div>
      <div className="grid">
        <Field label="Venue" error={errors.venue}><input value={v.venue} onChange={(e) => set('venue', e.target.value)} /></Field>
        <Field label="Online link" error={errors.onlineLink}><input type="url" value={v.onlineLink} onChange={(e) => set('onlineLink', e.target.value)} /></Field>
      </div>
      <AgendaEditor value={v.agenda} startsAt={v.startsAt} zone={zone} parties={parties} error={errors.agenda} onChange={(a) => set('agenda', a)} />
      <DelegatesEditor value={v.delegates} parties={parties} limits={limits} error={errors.delegates} onChange={(d) => set('delegates', d)} />
      <button type="submit" className="btn" disabled={saving}>{saving ? 'Saving…' : 'Save meeting plan'}</button>
    </form>
  );
}

/** A time typed in the chosen zone, and right under it the same instant in both parties' zones. */
function TimeField({ label, testId, iso, zone, parties, error, onChange }: {
  label: string;
  testId?: string;
  iso: string | null;
  zone: string;
  parties: Party[];
  error?: string;
  onChange: (iso: string | null) => void;
}) {
  return (
    <div>
      <Field label={label} error={error}>
        <input type="datetime-local" value={localIn(iso, zone)} onChange={(e) => onChange(utcFrom(e.target.value, zone))} />
      </Field>
      <p className="small" data-testid={testId}><ZonedTime iso={iso} zones={parties} /></p>
    </div>
  );
}
